/** The append-only record of every change, sign-in and read of a child's record. */
package uk.openband.audit;
