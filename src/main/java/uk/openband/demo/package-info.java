/** Demo settings, users and data for trying OpenBand out; loaded only when openband.demo is true. */
package uk.openband.demo;
