/**
 * The pure scoring engine: matrix frameworks, banding tables and the rules that turn
 * domain levels into a total, a band and an amount. Plain Java, no Spring, no JPA, no I/O.
 */
@org.springframework.modulith.NamedInterface("scoring")
package uk.openband.framework.scoring;
