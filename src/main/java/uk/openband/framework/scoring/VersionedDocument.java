package uk.openband.framework.scoring;

import java.time.LocalDate;

/** What a matrix framework and a banding table have in common: one dated version of a named document. */
public interface VersionedDocument {

    String key();

    String name();

    String version();

    LocalDate effectiveFrom();

    /** The last day it applies, or null for open-ended. */
    LocalDate effectiveTo();
}
