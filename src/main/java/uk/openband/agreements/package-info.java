/**
 * Funding agreements made by decisions (and roll-overs), their payment schedules under the LA's
 * payment method and term calendar, the pupil funding and payment settings pages, and the
 * agreements API.
 */
package uk.openband.agreements;
