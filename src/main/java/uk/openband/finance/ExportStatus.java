package uk.openband.finance;

/** RUNNING while the rows and files are made; ISSUED (final, never changed) or FAILED (nothing issued). */
public enum ExportStatus {
    RUNNING, ISSUED, FAILED
}
