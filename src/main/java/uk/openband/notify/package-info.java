/**
 * E-mail notifications about cases ({@link uk.openband.notify.Notifications}): sent through Spring Mail from
 * text templates in {@code templates/mail/}, or only logged and audited while e-mail is off.
 */
package uk.openband.notify;
