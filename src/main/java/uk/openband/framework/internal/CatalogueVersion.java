package uk.openband.framework.internal;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.openband.framework.VersionState;
import uk.openband.framework.VersionSummary;
import uk.openband.framework.scoring.VersionedDocument;

/**
 * What framework and banding table versions have in common: identity, lifecycle and the
 * canonical interchange JSON. Each state change is a guarded method; the database repeats
 * the rule that a published version never changes.
 */
@MappedSuperclass
public abstract class CatalogueVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_key", nullable = false, updatable = false)
    private String key;

    @Column(nullable = false, updatable = false)
    private String version;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VersionState state = VersionState.DRAFT;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    @Column(name = "change_note")
    private String changeNote;

    @Column(nullable = false)
    private String document;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by")
    private String publishedBy;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Column(name = "retired_by")
    private String retiredBy;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected CatalogueVersion() {
    }

    protected CatalogueVersion(VersionedDocument content, Instant createdAt, String createdBy) {
        this.key = content.key();
        this.version = content.version();
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** Replaces a draft's content (the caller has validated it); a draft keeps its key and version. */
    protected void describe(VersionedDocument content, String changeNote, String document) {
        if (!content.key().equals(this.key) || !content.version().equals(this.version)) {
            throw new CatalogueException("version", "a draft keeps its key and version");
        }
        requireDraft("change");
        this.name = content.name();
        this.effectiveFrom = content.effectiveFrom();
        this.effectiveTo = content.effectiveTo();
        this.changeNote = changeNote;
        this.document = document;
    }

    /** Draft to published. */
    public void publish(Instant at, String by) {
        requireDraft("publish");
        this.state = VersionState.PUBLISHED;
        this.publishedAt = at;
        this.publishedBy = by;
    }

    /** Published to retired. */
    public void retire(Instant at, String by) {
        if (state != VersionState.PUBLISHED) {
            throw new CatalogueException("state", "only a published version can be retired; "
                    + label() + " is " + state.name().toLowerCase());
        }
        this.state = VersionState.RETIRED;
        this.retiredAt = at;
        this.retiredBy = by;
    }

    protected void requireDraft(String what) {
        if (state != VersionState.DRAFT) {
            throw new CatalogueException("state", "cannot " + what + " " + label() + ": it is "
                    + state.name().toLowerCase() + ", and only a draft can be changed or published");
        }
    }

    /** {@code "demo-high-needs-matrix" 2025-26.1}. */
    private String label() {
        return "\"" + key + "\" " + version;
    }

    public VersionSummary summary() {
        return new VersionSummary(id, key, version, name, state, effectiveFrom, effectiveTo, changeNote,
                frameworkKey(), frameworkVersions(), createdAt, createdBy, publishedAt, publishedBy, retiredAt,
                retiredBy);
    }

    /** For a banding table, the framework it is for; null for a framework. */
    protected String frameworkKey() {
        return null;
    }

    /** For a banding table, the framework versions it is for. */
    protected List<String> frameworkVersions() {
        return List.of();
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public String getVersion() {
        return version;
    }

    public VersionState getState() {
        return state;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public String getDocument() {
        return document;
    }

    public long getLockVersion() {
        return lockVersion;
    }

    public boolean isDraft() {
        return state == VersionState.DRAFT;
    }
}
