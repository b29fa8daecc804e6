/** Settings (schools and other providers) and pupils, with their reference data. */
package uk.openband.directory;
