package uk.openband.framework.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.openband.framework.VersionState;
import uk.openband.framework.VersionSummary;
import uk.openband.framework.format.FieldError;
import uk.openband.framework.format.FormatException;
import uk.openband.framework.format.FrameworkFormat;
import uk.openband.framework.internal.FrameworkEvents.Subject;
import uk.openband.framework.scoring.BandingTable;
import uk.openband.framework.scoring.MatrixFramework;

/**
 * Imports, edits, publishes and retires framework and banding table versions. Every content
 * change goes through {@link FrameworkFormat}'s full validation and is stored as canonical
 * JSON; a change that breaks any rule is refused whole ({@link FormatException}) and nothing
 * is saved. Every action is published as an audit event in the same transaction.
 */
@Service
@Transactional
public class CatalogueAdministration {

    static final int MAX_VERSION_LENGTH = 60;
    static final int MAX_KEY_LENGTH = 100;
    static final int MAX_NAME_LENGTH = 200;

    private final FrameworkVersionRepository frameworks;
    private final BandingVersionRepository bandings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final FrameworkFormat format = new FrameworkFormat();

    CatalogueAdministration(FrameworkVersionRepository frameworks, BandingVersionRepository bandings,
            ApplicationEventPublisher events, Clock clock) {
        this.frameworks = frameworks;
        this.bandings = bandings;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Imports a framework file (JSON or YAML) as a draft.
     *
     * @throws FormatException listing every broken rule
     * @throws CatalogueException when the version already exists
     */
    public VersionSummary importFramework(String text, String fileFormat, String actor) {
        MatrixFramework framework = format.readFramework(text);
        requireShortName(framework.name());
        requireNewVersion(frameworks.findByKeyAndVersion(framework.key(), framework.version()).isPresent(),
                framework.key(), framework.version());
        FrameworkVersion saved = frameworks.saveAndFlush(new FrameworkVersion(framework,
                format.writeFramework(framework), clock.instant(), actor));
        events.publishEvent(new FrameworkEvents.VersionImported(Subject.FRAMEWORK_VERSION, saved.getKey(),
                saved.getVersion(), fileFormat, actor));
        return saved.summary();
    }

    /** Imports a banding table file (JSON or YAML) as a draft; as {@link #importFramework}. */
    public VersionSummary importBanding(String text, String fileFormat, String actor) {
        BandingTable table = format.readBandingTable(text);
        requireShortName(table.name());
        requireNewVersion(bandings.findByKeyAndVersion(table.key(), table.version()).isPresent(),
                table.key(), table.version());
        BandingVersion saved = bandings.saveAndFlush(new BandingVersion(table, format.writeBandingTable(table),
                clock.instant(), actor));
        events.publishEvent(new FrameworkEvents.VersionImported(Subject.BANDING_TABLE_VERSION, saved.getKey(),
                saved.getVersion(), fileFormat, actor));
        return saved.summary();
    }

    /** Starts a new framework draft from a published (or retired) version, with a new version string. */
    public VersionSummary startFrameworkDraft(long fromId, String newVersion, LocalDate effectiveFrom,
            String changeNote, String actor) {
        FrameworkVersion source = framework(fromId);
        if (source.isDraft()) {
            throw new CatalogueException("fromId", "framework.refused.draftFromDraft");
        }
        String version = checkedVersion(newVersion);
        requireNewVersion(frameworks.findByKeyAndVersion(source.getKey(), version).isPresent(), source.getKey(),
                version);
        MatrixFramework from = format.readFramework(source.getDocument());
        MatrixFramework draft = format.readFramework(format.writeFramework(new MatrixFramework(from.key(),
                from.name(), version, effectiveFrom, null, changeNote, from.evidenceRequiredFromLevel(),
                from.areas())));
        FrameworkVersion saved = frameworks.saveAndFlush(new FrameworkVersion(draft, format.writeFramework(draft),
                clock.instant(), actor));
        events.publishEvent(new FrameworkEvents.DraftStarted(Subject.FRAMEWORK_VERSION, saved.getKey(),
                saved.getVersion(), source.getVersion(), actor));
        return saved.summary();
    }

    /** Starts a new banding table draft from a published (or retired) version, with a new version string. */
    public VersionSummary startBandingDraft(long fromId, String newVersion, LocalDate effectiveFrom,
            LocalDate effectiveTo, String actor) {
        BandingVersion source = banding(fromId);
        if (source.isDraft()) {
            throw new CatalogueException("fromId", "framework.refused.draftFromDraft");
        }
        String version = checkedVersion(newVersion);
        requireNewVersion(bandings.findByKeyAndVersion(source.getKey(), version).isPresent(), source.getKey(),
                version);
        BandingTable from = format.readBandingTable(source.getDocument());
        BandingTable draft = format.readBandingTable(format.writeBandingTable(new BandingTable(from.key(),
                from.name(), version, from.frameworkKey(), from.frameworkVersions(), effectiveFrom, effectiveTo,
                from.currency(), from.rounding(), from.settings())));
        BandingVersion saved = bandings.saveAndFlush(new BandingVersion(draft, format.writeBandingTable(draft),
                clock.instant(), actor));
        events.publishEvent(new FrameworkEvents.DraftStarted(Subject.BANDING_TABLE_VERSION, saved.getKey(),
                saved.getVersion(), source.getVersion(), actor));
        return saved.summary();
    }

    /**
     * Saves a framework draft's whole new content after full validation.
     *
     * @param expectedLockVersion the lock version the editor read; another save since then is a conflict
     * @param part what was edited, for the audit log (for example {@code area CL})
     * @throws FormatException listing every broken rule; nothing is saved
     * @throws DraftConflictException when someone else saved the draft first
     */
    public VersionSummary saveFrameworkDraft(long id, long expectedLockVersion, String json, String part,
            String actor) {
        FrameworkVersion draft = framework(id);
        draft.requireDraft("change");
        requireUnchanged(draft, expectedLockVersion);
        MatrixFramework framework = format.readFramework(json);
        draft.replace(framework, format.writeFramework(framework));
        frameworks.saveAndFlush(draft);
        events.publishEvent(new FrameworkEvents.DraftEdited(Subject.FRAMEWORK_VERSION, draft.getKey(),
                draft.getVersion(), part, actor));
        return draft.summary();
    }

    /** Saves a banding table draft's whole new content after full validation; as {@link #saveFrameworkDraft}. */
    public VersionSummary saveBandingDraft(long id, long expectedLockVersion, String json, String part,
            String actor) {
        BandingVersion draft = banding(id);
        draft.requireDraft("change");
        requireUnchanged(draft, expectedLockVersion);
        BandingTable table = format.readBandingTable(json);
        draft.replace(table, format.writeBandingTable(table));
        bandings.saveAndFlush(draft);
        events.publishEvent(new FrameworkEvents.DraftEdited(Subject.BANDING_TABLE_VERSION, draft.getKey(),
                draft.getVersion(), part, actor));
        return draft.summary();
    }

    /** Publishes a framework draft. */
    public VersionSummary publishFramework(long id, String actor) {
        FrameworkVersion draft = framework(id);
        draft.publish(clock.instant(), actor);
        frameworks.saveAndFlush(draft);
        events.publishEvent(new FrameworkEvents.VersionPublished(Subject.FRAMEWORK_VERSION, draft.getKey(),
                draft.getVersion(), draft.getEffectiveFrom().toString(), actor));
        return draft.summary();
    }

    /** Publishes a banding table draft, once every framework version it names is published. */
    public VersionSummary publishBanding(long id, String actor) {
        BandingVersion draft = banding(id);
        VersionSummary summary = draft.summary();
        List<FieldError> problems = new ArrayList<>();
        for (int i = 0; i < summary.frameworkVersions().size(); i++) {
            String version = summary.frameworkVersions().get(i);
            Optional<FrameworkVersion> fw = frameworks.findByKeyAndVersion(summary.frameworkKey(), version);
            if (fw.isEmpty()) {
                problems.add(new FieldError("framework.versions[" + i + "]", "framework \"" + summary.frameworkKey()
                        + "\" has no version " + version));
            } else if (fw.get().getState() != VersionState.PUBLISHED) {
                problems.add(new FieldError("framework.versions[" + i + "]", "framework \"" + summary.frameworkKey()
                        + "\" " + version + " is " + fw.get().getState().name().toLowerCase()
                        + "; publish it first"));
            }
        }
        if (!problems.isEmpty()) {
            throw new FormatException(problems);
        }
        draft.publish(clock.instant(), actor);
        bandings.saveAndFlush(draft);
        events.publishEvent(new FrameworkEvents.VersionPublished(Subject.BANDING_TABLE_VERSION, draft.getKey(),
                draft.getVersion(), draft.getEffectiveFrom().toString(), actor));
        return draft.summary();
    }

    /** Retires a published framework version. */
    public VersionSummary retireFramework(long id, String actor) {
        FrameworkVersion version = framework(id);
        version.retire(clock.instant(), actor);
        frameworks.saveAndFlush(version);
        events.publishEvent(new FrameworkEvents.VersionRetired(Subject.FRAMEWORK_VERSION, version.getKey(),
                version.getVersion(), actor));
        return version.summary();
    }

    /** Retires a published banding table version. */
    public VersionSummary retireBanding(long id, String actor) {
        BandingVersion version = banding(id);
        version.retire(clock.instant(), actor);
        bandings.saveAndFlush(version);
        events.publishEvent(new FrameworkEvents.VersionRetired(Subject.BANDING_TABLE_VERSION, version.getKey(),
                version.getVersion(), actor));
        return version.summary();
    }

    @Transactional(readOnly = true)
    public Optional<FrameworkVersion> findFramework(long id) {
        return frameworks.findById(id);
    }

    @Transactional(readOnly = true)
    public Optional<BandingVersion> findBanding(long id) {
        return bandings.findById(id);
    }

    @Transactional(readOnly = true)
    public Optional<FrameworkVersion> findFramework(String key, String version) {
        return frameworks.findByKeyAndVersion(key, version);
    }

    @Transactional(readOnly = true)
    public Optional<BandingVersion> findBanding(String key, String version) {
        return bandings.findByKeyAndVersion(key, version);
    }

    private FrameworkVersion framework(long id) {
        return frameworks.findById(id).orElseThrow(() -> new VersionNotFoundException("framework.notFound.frameworkVersion", id));
    }

    private BandingVersion banding(long id) {
        return bandings.findById(id).orElseThrow(() -> new VersionNotFoundException("framework.notFound.bandingVersion", id));
    }

    private static String checkedVersion(String version) {
        String v = version == null ? "" : version.strip();
        if (v.isEmpty()) {
            throw new CatalogueException("version", "framework.refused.versionMissing");
        }
        if (v.length() > MAX_VERSION_LENGTH) {
            throw new CatalogueException("version", "framework.refused.versionTooLong", MAX_VERSION_LENGTH);
        }
        return v;
    }

    private static void requireNewVersion(boolean exists, String key, String version) {
        if (key.length() > MAX_KEY_LENGTH) {
            throw new CatalogueException("key", "framework.refused.keyLength", MAX_KEY_LENGTH);
        }
        if (version.length() > MAX_VERSION_LENGTH) {
            throw new CatalogueException("version", "framework.refused.versionLength", MAX_VERSION_LENGTH);
        }
        if (exists) {
            throw new DuplicateVersionException(version, key);
        }
    }

    private static void requireShortName(String name) {
        if (name.length() > MAX_NAME_LENGTH) {
            throw new CatalogueException("name", "framework.refused.nameLength", MAX_NAME_LENGTH);
        }
    }

    private static void requireUnchanged(CatalogueVersion draft, long expectedLockVersion) {
        if (draft.getLockVersion() != expectedLockVersion) {
            throw new DraftConflictException();
        }
    }
}
