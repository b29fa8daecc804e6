package uk.openband.framework;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.openband.framework.format.FrameworkFormat;
import uk.openband.framework.internal.BandingVersion;
import uk.openband.framework.internal.BandingVersionRepository;
import uk.openband.framework.internal.CatalogueVersion;
import uk.openband.framework.internal.FrameworkVersion;
import uk.openband.framework.internal.FrameworkVersionRepository;
import uk.openband.framework.internal.VersionComparer;
import uk.openband.framework.scoring.BandingTable;
import uk.openband.framework.scoring.MatrixFramework;

/**
 * The matrix frameworks and banding tables OpenBand holds, for everything that scores,
 * shows or explains a result. Scoring only ever sees published (or, for re-computing past
 * decisions, retired) versions, never a draft. Parsed versions are cached by key and
 * version: a published version never changes (the database refuses it).
 */
@Service
@Transactional(readOnly = true)
public class FrameworkCatalogue {

    private static final Comparator<VersionSummary> NEWEST_FIRST = Comparator
            .comparing(VersionSummary::key)
            .thenComparing(VersionSummary::effectiveFrom, Comparator.reverseOrder())
            .thenComparing(VersionSummary::id, Comparator.reverseOrder());

    private final FrameworkVersionRepository frameworks;
    private final BandingVersionRepository bandings;
    private final FrameworkFormat format = new FrameworkFormat();
    private final Map<String, MatrixFramework> frameworkCache = new ConcurrentHashMap<>();
    private final Map<String, BandingTable> bandingCache = new ConcurrentHashMap<>();

    FrameworkCatalogue(FrameworkVersionRepository frameworks, BandingVersionRepository bandings) {
        this.frameworks = frameworks;
        this.bandings = bandings;
    }

    /**
     * The framework in force on a date: the published version whose effective dates include
     * it, the latest effective-from date winning (then the latest published).
     */
    public Optional<MatrixFramework> frameworkInForce(LocalDate date) {
        return frameworks.findByStateOrderByEffectiveFromDescPublishedAtDesc(VersionState.PUBLISHED).stream()
                .filter(v -> v.summary().inForceOn(date))
                .findFirst()
                .map(this::parsed);
    }

    /** The published banding table for this framework version in force on a date. */
    public Optional<BandingTable> bandingInForce(MatrixFramework framework, LocalDate date) {
        return bandings.findByFrameworkKeyAndStateOrderByEffectiveFromDescPublishedAtDesc(framework.key(),
                        VersionState.PUBLISHED).stream()
                .filter(v -> v.summary().inForceOn(date))
                .filter(v -> v.summary().frameworkVersions().contains(framework.version()))
                .findFirst()
                .map(this::parsed);
    }

    /** A published or retired framework version (never a draft), for scoring and explaining. */
    public Optional<MatrixFramework> framework(String key, String version) {
        MatrixFramework cached = frameworkCache.get(cacheKey(key, version));
        if (cached != null) {
            return Optional.of(cached);
        }
        return frameworks.findByKeyAndVersion(key, version).filter(v -> !v.isDraft()).map(this::parsed);
    }

    /** A published or retired banding table version (never a draft), for scoring and explaining. */
    public Optional<BandingTable> banding(String key, String version) {
        BandingTable cached = bandingCache.get(cacheKey(key, version));
        if (cached != null) {
            return Optional.of(cached);
        }
        return bandings.findByKeyAndVersion(key, version).filter(v -> !v.isDraft()).map(this::parsed);
    }

    /** True when some version of a framework with this key exists, in any state. */
    public boolean frameworkKeyExists(String key) {
        return frameworks.existsByKey(key);
    }

    /** True when some version of a banding table with this key exists, in any state. */
    public boolean bandingKeyExists(String key) {
        return bandings.existsByKey(key);
    }

    /** Every framework version in every state, by key, newest effective date first. */
    public List<VersionSummary> frameworkVersions() {
        return frameworks.findAll().stream().map(CatalogueVersion::summary).sorted(NEWEST_FIRST).toList();
    }

    /** Every banding table version in every state, by key, newest effective date first. */
    public List<VersionSummary> bandingVersions() {
        return bandings.findAll().stream().map(CatalogueVersion::summary).sorted(NEWEST_FIRST).toList();
    }

    /** Published and retired framework versions (what the public may see), newest first. */
    public List<VersionSummary> publishedFrameworkVersions() {
        return frameworkVersions().stream().filter(v -> !v.isDraft()).toList();
    }

    /** Published and retired banding table versions (what the public may see), newest first. */
    public List<VersionSummary> publishedBandingVersions() {
        return bandingVersions().stream().filter(v -> !v.isDraft()).toList();
    }

    /**
     * What changed between two published (or retired) versions of a framework; empty when
     * either version is not published.
     */
    public Optional<VersionDiff> frameworkDiff(String key, String fromVersion, String toVersion) {
        return framework(key, fromVersion)
                .flatMap(from -> framework(key, toVersion).map(to -> VersionComparer.compare(from, to)));
    }

    /**
     * What changed between two published (or retired) versions of a banding table; empty when
     * either version is not published.
     */
    public Optional<VersionDiff> bandingDiff(String key, String fromVersion, String toVersion) {
        return banding(key, fromVersion)
                .flatMap(from -> banding(key, toVersion).map(to -> VersionComparer.compare(from, to)));
    }

    /** Any framework version's content, drafts included: for administrators' pages only. */
    public Optional<MatrixFramework> frameworkInAnyState(String key, String version) {
        return frameworks.findByKeyAndVersion(key, version).map(this::parsed);
    }

    /** Any banding table version's content, drafts included: for administrators' pages only. */
    public Optional<BandingTable> bandingInAnyState(String key, String version) {
        return bandings.findByKeyAndVersion(key, version).map(this::parsed);
    }

    private MatrixFramework parsed(FrameworkVersion v) {
        if (v.isDraft()) {
            return format.readFramework(v.getDocument());
        }
        return frameworkCache.computeIfAbsent(cacheKey(v.getKey(), v.getVersion()),
                k -> format.readFramework(v.getDocument()));
    }

    private BandingTable parsed(BandingVersion v) {
        if (v.isDraft()) {
            return format.readBandingTable(v.getDocument());
        }
        return bandingCache.computeIfAbsent(cacheKey(v.getKey(), v.getVersion()),
                k -> format.readBandingTable(v.getDocument()));
    }

    private static String cacheKey(String key, String version) {
        return key + '\u0000' + version;
    }
}
