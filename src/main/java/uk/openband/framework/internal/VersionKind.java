package uk.openband.framework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import uk.openband.framework.VersionDiff;
import uk.openband.platform.Recent;
import uk.openband.framework.VersionState;
import uk.openband.framework.VersionSummary;
import uk.openband.platform.json.FieldError;
import uk.openband.framework.format.FrameworkFormat;
import uk.openband.framework.internal.FrameworkEvents.Subject;
import uk.openband.framework.scoring.VersionedDocument;

/**
 * One kind of versioned catalogue document, a matrix framework or a banding table: its store
 * and what differs between the two kinds (reading, writing and comparing the document, starting
 * a draft from a published version, what must hold before publishing, which page shows it).
 * Everything else about versions (drafts, publishing, retiring, listing, comparing, the API and
 * the admin pages) is written once against this type. Parsed published and retired versions are
 * cached by key and version: they never change (the database refuses it).
 *
 * @param <T> the document: {@code MatrixFramework} or {@code BandingTable}
 * @param <V> the stored version
 */
public abstract class VersionKind<T extends VersionedDocument, V extends CatalogueVersion> {

    private static final Comparator<VersionSummary> NEWEST_FIRST = Comparator
            .comparing(VersionSummary::key)
            .thenComparing(VersionSummary::effectiveFrom, Comparator.reverseOrder())
            .thenComparing(VersionSummary::id, Comparator.reverseOrder());

    protected final FrameworkFormat format = new FrameworkFormat();
    private final CatalogueVersionRepository<V> repository;
    private final Map<String, T> cache = new ConcurrentHashMap<>();
    private final String path;
    private final String noun;
    private final Subject subject;
    private final String view;
    private final String modelName;
    private final boolean draftHasEffectiveTo;
    /**
     * Every version's summary (not its document), which the public pages read on every request: read again
     * after a change here ({@link #save}), or after a minute for a change made by another instance.
     */
    private final Recent<List<VersionSummary>> summaries;

    protected VersionKind(CatalogueVersionRepository<V> repository, String path, String noun, Subject subject,
            String view, String modelName, boolean draftHasEffectiveTo) {
        this.repository = repository;
        this.path = path;
        this.noun = noun;
        this.subject = subject;
        this.view = view;
        this.modelName = modelName;
        this.draftHasEffectiveTo = draftHasEffectiveTo;
        this.summaries = new Recent<>(Duration.ofMinutes(1),
                () -> repository.findAll().stream().map(CatalogueVersion::summary).sorted(NEWEST_FIRST).toList());
    }

    /** Reads and validates a document (JSON or YAML); throws {@code FormatException} listing every problem. */
    public abstract T read(String text);

    /** The canonical JSON of a document. */
    public abstract String write(T document);

    /** What changed from one version's document to another's. */
    public abstract VersionDiff compare(T from, T to);

    /** A published version's document as a new draft: new version and dates, the rest as it was. */
    abstract T derive(T from, String version, LocalDate effectiveFrom, LocalDate effectiveTo, String changeNote);

    /** A new stored draft of a validated document. */
    abstract V create(T document, String canonicalJson, Instant at, String by);

    /** Replaces a stored draft's content with a validated document of the same key and version. */
    abstract void replace(V draft, T document, String canonicalJson);

    /** What stops this draft being published (each with its field path); empty when nothing does. */
    List<FieldError> publishProblems(VersionSummary draft) {
        return List.of();
    }

    /** {@code frameworks} or {@code banding-tables}: this kind's part of its pages' and API's addresses. */
    public String path() {
        return path;
    }

    /** {@code framework} or {@code banding table}, in messages. */
    public String noun() {
        return noun;
    }

    /** The audit subject type of its versions. */
    public Subject subject() {
        return subject;
    }

    /** The template of its version page. */
    public String view() {
        return view;
    }

    /** The model name its version page shows the document under. */
    public String modelName() {
        return modelName;
    }

    /** True when a new draft's page asks for an effective-to date (a framework's asks for a change note). */
    public boolean draftHasEffectiveTo() {
        return draftHasEffectiveTo;
    }

    public Optional<V> find(long id) {
        return repository.findById(id);
    }

    public Optional<V> find(String key, String version) {
        return repository.findByKeyAndVersion(key, version);
    }

    public boolean keyExists(String key) {
        return repository.existsByKey(key);
    }

    V save(V version) {
        summaries.forget();
        return repository.saveAndFlush(version);
    }

    /** Every version in every state, by key, newest effective date first. */
    public List<VersionSummary> versions() {
        return summaries.get();
    }

    /**
     * The published version in force on a date that also passes {@code which}: the latest
     * effective-from date winning (then the latest published).
     */
    public Optional<T> inForce(LocalDate date, Predicate<VersionSummary> which) {
        return summaries.get().stream()
                .filter(v -> v.inForceOn(date) && which.test(v))
                .sorted(Comparator.comparing(VersionSummary::effectiveFrom, Comparator.reverseOrder())
                        .thenComparing(VersionSummary::publishedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .findFirst()
                .flatMap(v -> content(v.key(), v.version()));
    }

    /** A published or retired version's document (never a draft's), for scoring and explaining. */
    public Optional<T> content(String key, String version) {
        T cached = cache.get(cacheKey(key, version));
        if (cached != null) {
            return Optional.of(cached);
        }
        return find(key, version).filter(v -> !v.isDraft()).map(this::parsed);
    }

    /** Any version's document, drafts included: for administrators only. */
    public Optional<T> contentInAnyState(String key, String version) {
        return find(key, version).map(this::parsed);
    }

    /** A stored version's document. */
    public T parsed(CatalogueVersion v) {
        if (v.isDraft()) {
            return read(v.getDocument());
        }
        return cache.computeIfAbsent(cacheKey(v.getKey(), v.getVersion()), k -> read(v.getDocument()));
    }

    private static String cacheKey(String key, String version) {
        return key + '\u0000' + version;
    }
}
