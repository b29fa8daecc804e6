/** The pure scoring engine and the framework and banding model it works on: no Spring, no JPA, no I/O. */
@org.springframework.modulith.NamedInterface("scoring")
package uk.openband.framework.scoring;
