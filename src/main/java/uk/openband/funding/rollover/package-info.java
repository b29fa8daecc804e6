/**
 * Tariff roll-over rules: what an agreement's amount becomes, and from when, when a new
 * banding table takes effect under a chosen policy (protected until review, or move now,
 * with optional no-loss and cap). Plain Java, no Spring, no JPA.
 */
package uk.openband.funding.rollover;
