package uk.openband.framework;

/** Where a framework or banding table version is in its life: drafts change, published versions never do. */
public enum VersionState {
    /** Being prepared by an administrator; may change or be deleted; never used for scoring. */
    DRAFT,
    /** Fixed for ever; used for scoring from its effective date. */
    PUBLISHED,
    /** Was published and is no longer used for new work; kept so past decisions can be explained. */
    RETIRED
}
