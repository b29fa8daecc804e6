/** Matrix frameworks, banding tables, their versions and the scoring engine. */
package uk.openband.framework;
