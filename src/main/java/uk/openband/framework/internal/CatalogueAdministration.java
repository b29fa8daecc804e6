package uk.openband.framework.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.openband.framework.VersionSummary;
import uk.openband.platform.json.FieldError;
import uk.openband.platform.json.FormatException;
import uk.openband.framework.format.FrameworkFormat;
import uk.openband.framework.scoring.VersionedDocument;

/**
 * Imports, edits, publishes and retires versions of either {@link VersionKind}. Every content
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

    private final List<VersionKind<?, ?>> kinds;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CatalogueAdministration(List<VersionKind<?, ?>> kinds, ApplicationEventPublisher events, Clock clock) {
        this.kinds = kinds;
        this.events = events;
        this.clock = clock;
    }

    /** The kind whose addresses use this path: {@code frameworks} or {@code banding-tables}. */
    public VersionKind<?, ?> kind(String path) {
        return kinds.stream().filter(k -> k.path().equals(path)).findFirst()
                .orElseThrow(() -> new VersionNotFoundException("framework.notFound.catalogue", path));
    }

    /**
     * Imports a file (JSON or YAML) as a draft.
     *
     * @throws FormatException listing every broken rule
     * @throws CatalogueException when the version already exists
     */
    public <T extends VersionedDocument, V extends CatalogueVersion> VersionSummary importFile(
            VersionKind<T, V> kind, String text, String fileFormat, String actor) {
        T document = kind.read(text);
        requireShortName(document.name());
        requireNewVersion(kind, document.key(), document.version());
        V saved = kind.save(kind.create(document, kind.write(document), clock.instant(), actor));
        events.publishEvent(new FrameworkEvents.VersionImported(kind.subject(), saved.getKey(), saved.getVersion(),
                fileFormat, actor));
        return saved.summary();
    }

    /**
     * Starts a new draft from a published (or retired) version, with a new version string and
     * effective date. A framework draft takes the change note and never an end date; a banding
     * table draft takes the end date.
     */
    public <T extends VersionedDocument, V extends CatalogueVersion> VersionSummary startDraft(
            VersionKind<T, V> kind, long fromId, String newVersion, LocalDate effectiveFrom, LocalDate effectiveTo,
            String changeNote, String actor) {
        V source = version(kind, fromId);
        if (source.isDraft()) {
            throw new CatalogueException("fromId", "framework.refused.draftFromDraft");
        }
        String version = checkedVersion(newVersion);
        requireNewVersion(kind, source.getKey(), version);
        T draft = kind.read(kind.write(kind.derive(kind.read(source.getDocument()), version, effectiveFrom,
                effectiveTo, changeNote)));
        V saved = kind.save(kind.create(draft, kind.write(draft), clock.instant(), actor));
        events.publishEvent(new FrameworkEvents.DraftStarted(kind.subject(), saved.getKey(), saved.getVersion(),
                source.getVersion(), actor));
        return saved.summary();
    }

    /**
     * Saves a draft's whole new content after full validation.
     *
     * @param expectedLockVersion the lock version the editor read; another save since then is a conflict
     * @param part what was edited, for the audit log (for example {@code area CL})
     * @throws FormatException listing every broken rule; nothing is saved
     * @throws DraftConflictException when someone else saved the draft first
     */
    public <T extends VersionedDocument, V extends CatalogueVersion> VersionSummary saveDraft(
            VersionKind<T, V> kind, long id, long expectedLockVersion, String json, String part, String actor) {
        V draft = version(kind, id);
        draft.requireDraft("change");
        if (draft.getLockVersion() != expectedLockVersion) {
            throw new DraftConflictException();
        }
        T document = kind.read(json);
        kind.replace(draft, document, kind.write(document));
        kind.save(draft);
        events.publishEvent(new FrameworkEvents.DraftEdited(kind.subject(), draft.getKey(), draft.getVersion(), part,
                actor));
        return draft.summary();
    }

    /** Publishes a draft, once nothing its kind requires stops it (a banding table's framework versions). */
    public <V extends CatalogueVersion> VersionSummary publish(VersionKind<?, V> kind, long id, String actor) {
        V draft = version(kind, id);
        List<FieldError> problems = kind.publishProblems(draft.summary());
        if (!problems.isEmpty()) {
            throw new FormatException(problems);
        }
        draft.publish(clock.instant(), actor);
        kind.save(draft);
        events.publishEvent(new FrameworkEvents.VersionPublished(kind.subject(), draft.getKey(), draft.getVersion(),
                draft.getEffectiveFrom().toString(), actor));
        return draft.summary();
    }

    /** Retires a published version. */
    public <V extends CatalogueVersion> VersionSummary retire(VersionKind<?, V> kind, long id, String actor) {
        V version = version(kind, id);
        version.retire(clock.instant(), actor);
        kind.save(version);
        events.publishEvent(new FrameworkEvents.VersionRetired(kind.subject(), version.getKey(), version.getVersion(),
                actor));
        return version.summary();
    }

    private static <V extends CatalogueVersion> V version(VersionKind<?, V> kind, long id) {
        return kind.find(id).orElseThrow(() -> new VersionNotFoundException("framework".equals(kind.noun())
                ? "framework.notFound.frameworkVersion" : "framework.notFound.bandingVersion", id));
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

    private static void requireNewVersion(VersionKind<?, ?> kind, String key, String version) {
        if (key.length() > MAX_KEY_LENGTH) {
            throw new CatalogueException("key", "framework.refused.keyLength", MAX_KEY_LENGTH);
        }
        if (version.length() > MAX_VERSION_LENGTH) {
            throw new CatalogueException("version", "framework.refused.versionLength", MAX_VERSION_LENGTH);
        }
        if (kind.find(key, version).isPresent()) {
            throw new DuplicateVersionException(version, key);
        }
    }

    private static void requireShortName(String name) {
        if (name.length() > MAX_NAME_LENGTH) {
            throw new CatalogueException("name", "framework.refused.nameLength", MAX_NAME_LENGTH);
        }
    }
}
