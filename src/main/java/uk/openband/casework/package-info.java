/** Funding request cases and their workflow, from submission to decision. */
package uk.openband.casework;
