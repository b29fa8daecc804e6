package uk.openband.framework;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.openband.framework.internal.BandingKind;
import uk.openband.framework.internal.FrameworkKind;
import uk.openband.framework.internal.VersionKind;
import uk.openband.framework.scoring.BandingTable;
import uk.openband.framework.scoring.MatrixFramework;
import uk.openband.framework.scoring.VersionedDocument;

/**
 * The matrix frameworks and banding tables OpenBand holds, for everything that scores,
 * shows or explains a result. Scoring only ever sees published (or, for re-computing past
 * decisions, retired) versions, never a draft. Parsed versions are cached by key and
 * version: a published version never changes (the database refuses it).
 */
@Service
@Transactional(readOnly = true)
public class FrameworkCatalogue {

    private final FrameworkKind frameworks;
    private final BandingKind bandings;

    FrameworkCatalogue(FrameworkKind frameworks, BandingKind bandings) {
        this.frameworks = frameworks;
        this.bandings = bandings;
    }

    /**
     * The framework in force on a date: the published version whose effective dates include
     * it, the latest effective-from date winning (then the latest published).
     */
    public Optional<MatrixFramework> frameworkInForce(LocalDate date) {
        return frameworks.inForce(date, v -> true);
    }

    /** The published banding table for this framework version in force on a date. */
    public Optional<BandingTable> bandingInForce(MatrixFramework framework, LocalDate date) {
        return bandings.inForce(date, v -> framework.key().equals(v.frameworkKey())
                && v.frameworkVersions().contains(framework.version()));
    }

    /** A published or retired framework version (never a draft), for scoring and explaining. */
    public Optional<MatrixFramework> framework(String key, String version) {
        return frameworks.content(key, version);
    }

    /** A published or retired banding table version (never a draft), for scoring and explaining. */
    public Optional<BandingTable> banding(String key, String version) {
        return bandings.content(key, version);
    }

    /** Every framework version in every state, by key, newest effective date first. */
    public List<VersionSummary> frameworkVersions() {
        return frameworks.versions();
    }

    /** Every banding table version in every state, by key, newest effective date first. */
    public List<VersionSummary> bandingVersions() {
        return bandings.versions();
    }

    /** Published and retired framework versions (what the public may see), newest first. */
    public List<VersionSummary> publishedFrameworkVersions() {
        return published(frameworks);
    }

    /** Published and retired banding table versions (what the public may see), newest first. */
    public List<VersionSummary> publishedBandingVersions() {
        return published(bandings);
    }

    /**
     * What changed between two published (or retired) versions of a framework; empty when
     * either version is not published.
     */
    public Optional<VersionDiff> frameworkDiff(String key, String fromVersion, String toVersion) {
        return diff(frameworks, key, fromVersion, toVersion);
    }

    /**
     * What changed between two published (or retired) versions of a banding table; empty when
     * either version is not published.
     */
    public Optional<VersionDiff> bandingDiff(String key, String fromVersion, String toVersion) {
        return diff(bandings, key, fromVersion, toVersion);
    }

    /** Any framework version's content, drafts included: for administrators' pages only. */
    public Optional<MatrixFramework> frameworkInAnyState(String key, String version) {
        return frameworks.contentInAnyState(key, version);
    }

    /** Any banding table version's content, drafts included: for administrators' pages only. */
    public Optional<BandingTable> bandingInAnyState(String key, String version) {
        return bandings.contentInAnyState(key, version);
    }

    private static List<VersionSummary> published(VersionKind<?, ?> kind) {
        return kind.versions().stream().filter(v -> !v.isDraft()).toList();
    }

    private static <T extends VersionedDocument> Optional<VersionDiff> diff(VersionKind<T, ?> kind, String key,
            String from, String to) {
        return kind.content(key, from).flatMap(a -> kind.content(key, to).map(b -> kind.compare(a, b)));
    }
}
