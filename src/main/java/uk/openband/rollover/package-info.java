/**
 * Tariff roll-over: the pure rules for what an agreement's amount becomes, and from when, when a
 * new banding table takes effect (this package: plain Java, no Spring, no JPA), and the roll-over
 * pages that preview and apply it once ({@code internal}).
 */
package uk.openband.rollover;
