/**
 * The public transparency pages, with no sign-in: the matrix in force, the tariffs for each kind of
 * setting and how they changed, the history of published versions, and the calculator.
 */
package uk.openband.transparency;
