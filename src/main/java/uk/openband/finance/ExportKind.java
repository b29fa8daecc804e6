package uk.openband.finance;

/** FULL: every payment line due in the period. CHANGES: what differs from everything issued before. */
public enum ExportKind {
    FULL, CHANGES
}
