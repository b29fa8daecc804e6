/**
 * Working days and stage targets: England and Wales bank holidays (data, edited by an administrator),
 * {@link uk.openband.calendar.WorkingDays} and {@link uk.openband.calendar.StageTargets}.
 */
package uk.openband.calendar;
