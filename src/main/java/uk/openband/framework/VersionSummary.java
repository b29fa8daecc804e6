package uk.openband.framework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One version of a matrix framework or a banding table, without its content: what it is
 * called, its state, when it applies and who made and published it. For a banding table,
 * {@code frameworkKey} and {@code frameworkVersions} name the framework versions it is for;
 * for a framework they are null and empty.
 */
public record VersionSummary(long id, String key, String version, String name, VersionState state,
        LocalDate effectiveFrom, LocalDate effectiveTo, String changeNote, String frameworkKey,
        List<String> frameworkVersions, Instant createdAt, String createdBy, Instant publishedAt,
        String publishedBy, Instant retiredAt, String retiredBy) {

    public VersionSummary {
        frameworkVersions = frameworkVersions == null ? List.of() : List.copyOf(frameworkVersions);
    }

    /** True for a published version whose effective dates include this date. */
    public boolean inForceOn(LocalDate date) {
        return state == VersionState.PUBLISHED && !effectiveFrom.isAfter(date)
                && (effectiveTo == null || !effectiveTo.isBefore(date));
    }

    public boolean isDraft() {
        return state == VersionState.DRAFT;
    }

    public boolean isPublished() {
        return state == VersionState.PUBLISHED;
    }
}
