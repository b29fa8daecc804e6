/** Moderation: a monthly random sample of decided cases, re-scored blind by a second person, and agreement rates. */
package uk.openband.moderation;
