/** Matrix assessments of pupils: the level and evidence per domain, the indicative score, submission. */
package uk.openband.assessment;
