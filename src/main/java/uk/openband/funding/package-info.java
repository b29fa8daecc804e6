/** Funding: payment schedules for funding agreements and the finance export files. */
package uk.openband.funding;
