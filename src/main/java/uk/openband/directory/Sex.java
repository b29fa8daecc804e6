package uk.openband.directory;

/** Sex as the school census records it: F, M, or U (not known). */
public enum Sex { F, M, U }
