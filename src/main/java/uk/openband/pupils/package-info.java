/**
 * Pupil pages, the pupil API and the pupil CSV import: the web side of the directory's pupils.
 * It turns the signed-in user into the directory's PupilScope, so the directory itself never
 * depends on identity (identity already depends on directory).
 */
package uk.openband.pupils;
