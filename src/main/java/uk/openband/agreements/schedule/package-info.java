/**
 * Payment schedules: the lines a funding agreement pays in each financial year, under
 * the LA's method (termly, monthly or daily), to the penny. Plain Java, no Spring, no JPA.
 */
@org.springframework.modulith.NamedInterface("schedule")
package uk.openband.agreements.schedule;
