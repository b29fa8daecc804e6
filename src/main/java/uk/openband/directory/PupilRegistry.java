package uk.openband.directory;

import uk.openband.platform.NotFound;
import uk.openband.platform.Refused.Problem;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.openband.directory.internal.Pupil;
import uk.openband.directory.internal.PupilRepository;
import uk.openband.directory.internal.PupilRules;
import uk.openband.directory.internal.Setting;
import uk.openband.directory.internal.SettingRepository;

/**
 * Manages pupils: registering, changing, finding and searching them. Every method takes the
 * caller's {@link PupilScope}; a pupil outside it is treated as not existing, so a SENCO can
 * never see, change or detect another setting's pupil. Reading a full record is audited.
 */
@Service
@Transactional(readOnly = true)
public class PupilRegistry {

    public static final int PAGE_SIZE = 20;

    private final PupilRepository pupils;
    private final SettingRepository settings;
    private final ReferenceData reference;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PupilRegistry(PupilRepository pupils, SettingRepository settings, ReferenceData reference,
            ApplicationEventPublisher events, Clock clock) {
        this.pupils = pupils;
        this.settings = settings;
        this.reference = reference;
        this.events = events;
        this.clock = clock;
    }

    /** A pupil's full record for showing to a person; audited as PUPIL_VIEWED. Empty when outside the scope. */
    @Transactional
    public Optional<PupilDetails> view(PupilScope scope, long id) {
        Optional<PupilDetails> pupil = find(scope, id);
        pupil.ifPresent(p -> events.publishEvent(DirectoryEvent.pupil("PUPIL_VIEWED", id, Map.of())));
        return pupil;
    }

    /** A pupil's full record for another module's use (not audited as a read by a person). */
    public Optional<PupilDetails> find(PupilScope scope, long id) {
        return pupils.findById(id).filter(p -> scope.includes(p.getSettingId())).map(this::details);
    }

    /** A pupil in the scope, for other modules: a link to the pupil without the whole record. */
    public Optional<PupilSummary> summary(PupilScope scope, long id) {
        return find(scope, id).map(PupilDetails::summary);
    }

    /** Many pupils in the scope at once (two queries however many), keyed by id; ids outside the scope are left out. */
    public Map<Long, PupilSummary> summaries(PupilScope scope, Collection<Long> ids) {
        List<Pupil> found = pupils.findAllById(ids).stream().filter(p -> scope.includes(p.getSettingId())).toList();
        Map<Long, String> settingNames = settings.findAllById(found.stream().map(Pupil::getSettingId).distinct()
                .toList()).stream().collect(Collectors.toMap(Setting::getId, Setting::getName));
        return found.stream().collect(Collectors.toMap(Pupil::getId, p -> new PupilSummary(p.getId(), p.getUpn(),
                p.isTemporaryUpn(), p.getFirstName(), p.getLastName(), p.getPreferredName(), p.getDateOfBirth(),
                p.getSettingId(), settingNames.get(p.getSettingId()))));
    }

    /** Pupils matching the query within the scope, by last then first name; {@code page} counts from 1. */
    public PupilPage search(PupilScope scope, PupilQuery query, int page) {
        Specification<Pupil> spec = matching(scope, query);
        PageRequest request = PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE, Sort.by("lastName", "firstName", "id"));
        List<Pupil> content;
        long total;
        if (query.text() == null || query.text().isBlank()) {
            // No words to match: the page is read in the list's order from its index, and the total is the
            // page itself when it is the last one, else the kept count of the settings in view (V185), without
            // counting every pupil.
            Slice<Pupil> slice = pupils.findBy(spec, q -> q.slice(request));
            content = slice.getContent();
            total = !slice.hasNext() && (request.getOffset() == 0 || !content.isEmpty())
                    ? request.getOffset() + content.size() : unfilteredCount(scope, query);
        } else {
            Page<Pupil> found = pupils.findAll(spec, request);
            content = found.getContent();
            total = found.getTotalElements();
        }
        Map<Long, Setting> names = settingsOf(content.stream().map(Pupil::getSettingId).toList());
        List<PupilSummary> list = content.stream().map(p -> summary(p, names.get(p.getSettingId()))).toList();
        return new PupilPage(list, Math.max(page, 1), (int) Math.ceil((double) total / PAGE_SIZE), total);
    }

    /** How many pupils the scope and the chosen setting (if any) hold, from the counts kept per setting. */
    private long unfilteredCount(PupilScope scope, PupilQuery query) {
        Long setting = scope.isAllSettings() ? query.settingId() : scope.settingId();
        if (query.settingId() != null && !query.settingId().equals(setting)) {
            return 0;
        }
        return setting == null ? pupils.countAll() : pupils.countInSetting(setting);
    }

    /**
     * Registers a pupil. Throws {@link PupilRejectedException} naming every problem (nothing is
     * saved); a UPN already registered is refused, linking to the first pupil only when in scope.
     */
    @Transactional
    public PupilDetails register(PupilScope scope, PupilData data) {
        Upn.Check upn = checkAll(scope, data, null);
        Pupil pupil = pupils.saveAndFlush(new Pupil(upn.upn(), upn.temporary(), data, clock.instant()));
        events.publishEvent(DirectoryEvent.pupil("PUPIL_REGISTERED", pupil.getId(),
                Map.of("settingId", pupil.getSettingId(), "temporaryUpn", pupil.isTemporaryUpn())));
        return details(pupil);
    }

    /**
     * Changes a pupil read at {@code version}. Throws {@link PupilConflictException} when someone
     * saved it since, {@link PupilRejectedException} for bad data, {@link NotFound}
     * when outside the scope.
     */
    @Transactional
    public PupilDetails update(PupilScope scope, long id, long version, PupilData data) {
        Pupil pupil = pupils.findById(id).filter(p -> scope.includes(p.getSettingId()))
                .orElseThrow(() -> new NotFound("directory.notFound.pupil", id));
        if (pupil.getVersion() != version) {
            throw new PupilConflictException(details(pupil));
        }
        Upn.Check upn = checkAll(scope, data, id);
        long before = pupil.getSettingId();
        pupil.apply(upn.upn(), upn.temporary(), data, clock.instant());
        try {
            pupils.saveAndFlush(pupil);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new PupilConflictException(find(PupilScope.allSettings(), id).orElseThrow());
        }
        events.publishEvent(DirectoryEvent.pupil("PUPIL_UPDATED", id, before == pupil.getSettingId()
                ? Map.of("settingId", before) : Map.of("settingId", pupil.getSettingId(), "previousSettingId", before)));
        return details(pupil);
    }

    /**
     * Checks data as {@link #register} (self null) or {@link #update} (self the pupil's id) would,
     * saving nothing; throws {@link PupilRejectedException} when something is wrong.
     */
    public void checkOnly(PupilScope scope, PupilData data, Long self) {
        checkAll(scope, data, self);
    }

    /** The problems with registering all of these rows at once, keyed by row index (UPN repeats included). */
    public Map<Integer, List<Problem>> checkBatch(List<PupilData> rows) {
        LocalDate today = LocalDate.now(clock);
        Map<Integer, List<Problem>> problems = new java.util.TreeMap<>();
        Map<String, Integer> firstRowOfUpn = new java.util.HashMap<>();
        List<String> upns = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<Problem> rowProblems = new ArrayList<>(PupilRules.check(rows.get(i), reference, today));
            Upn.Check upn = Upn.check(rows.get(i).upn());
            if (upn.valid()) {
                Integer first = firstRowOfUpn.putIfAbsent(upn.upn(), i);
                if (first != null) {
                    rowProblems.add(new Problem("upn", "pupil.upn.repeated", first));
                }
                upns.add(upn.upn());
            }
            if (rows.get(i).settingId() != null && settings.findById(rows.get(i).settingId()).isEmpty()) {
                rowProblems.add(new Problem("settingId", "pupil.setting.unknown"));
            }
            if (!rowProblems.isEmpty()) {
                problems.put(i, rowProblems);
            }
        }
        for (Pupil existing : pupils.findByUpnIn(upns)) {
            int row = firstRowOfUpn.get(existing.getUpn());
            problems.computeIfAbsent(row, r -> new ArrayList<>()).add(new Problem("upn", "pupil.upn.taken"));
        }
        return problems;
    }

    /**
     * The ids of the pupils already registered with these UPNs (any setting; for imports run by LA staff), keyed by
     * the UPN as OpenBand writes it ({@link Upn.Check#upn()}). UPNs that are not valid or not known are left out.
     */
    public Map<String, Long> idsByUpn(Collection<String> upns) {
        List<String> valid = upns.stream().map(Upn::check).filter(Upn.Check::valid).map(Upn.Check::upn).distinct()
                .toList();
        Map<String, Long> ids = new java.util.HashMap<>();
        for (List<String> chunk : chunks(valid, 1000)) {
            for (Pupil p : pupils.findByUpnIn(chunk)) {
                ids.put(p.getUpn(), p.getId());
            }
        }
        return ids;
    }

    private static List<List<String>> chunks(List<String> all, int size) {
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += size) {
            chunks.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return chunks;
    }

    /** Registers rows already passed by {@link #checkBatch}, in one transaction; all or nothing. */
    @Transactional
    public List<Long> registerAll(List<PupilData> rows) {
        if (!checkBatch(rows).isEmpty()) {
            throw new IllegalArgumentException("Check the rows with checkBatch first");
        }
        List<Long> ids = new ArrayList<>();
        for (PupilData data : rows) {
            Upn.Check upn = Upn.check(data.upn());
            Pupil pupil = pupils.save(new Pupil(upn.upn(), upn.temporary(), data, clock.instant()));
            ids.add(pupil.getId());
        }
        pupils.flush();
        events.publishEvent(new DirectoryEvent("PUPILS_IMPORTED", DirectoryEvent.PUPIL, null,
                Map.of("count", ids.size(), "pupilIds", ids)));
        return ids;
    }

    private Upn.Check checkAll(PupilScope scope, PupilData data, Long self) {
        List<Problem> problems = new ArrayList<>(PupilRules.check(data, reference, LocalDate.now(clock)));
        if (data.settingId() != null) {
            Optional<Setting> setting = settings.findById(data.settingId());
            if (setting.isEmpty()) {
                problems.add(new Problem("settingId", "pupil.setting.unknown"));
            } else if (!scope.includes(data.settingId())) {
                problems.add(new Problem("settingId", "pupil.setting.notYours"));
            }
        }
        Upn.Check upn = Upn.check(data.upn());
        Long existingInScope = null;
        if (upn.valid()) {
            Optional<Pupil> existing = pupils.findByUpn(upn.upn()).filter(p -> !p.getId().equals(self));
            if (existing.isPresent()) {
                boolean visible = scope.includes(existing.get().getSettingId());
                existingInScope = visible ? existing.get().getId() : null;
                problems.add(0, new Problem("upn", visible ? "pupil.upn.taken" : "pupil.upn.takenElsewhere"));
            }
        }
        if (!problems.isEmpty()) {
            throw new PupilRejectedException(problems, existingInScope);
        }
        return upn;
    }

    private static Specification<Pupil> matching(PupilScope scope, PupilQuery query) {
        return (root, q, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (!scope.isAllSettings()) {
                where.add(cb.equal(root.get("settingId"), scope.settingId()));
            }
            if (query.settingId() != null) {
                where.add(cb.equal(root.get("settingId"), query.settingId()));
            }
            String text = query.text() == null ? "" : query.text().trim();
            for (String word : text.isEmpty() ? new String[0] : text.split("\\s+")) {
                String like = "%" + word.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%";
                where.add(cb.or(cb.like(cb.lower(root.get("firstName")), like, '\\'),
                        cb.like(cb.lower(root.get("lastName")), like, '\\'),
                        cb.like(cb.lower(root.get("preferredName")), like, '\\'),
                        cb.equal(root.get("upn"), word.toUpperCase(Locale.ROOT))));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private Map<Long, Setting> settingsOf(Collection<Long> ids) {
        return settings.findAllById(ids).stream().collect(Collectors.toMap(Setting::getId, Function.identity()));
    }

    private static PupilSummary summary(Pupil p, Setting setting) {
        return new PupilSummary(p.getId(), p.getUpn(), p.isTemporaryUpn(), p.getFirstName(), p.getLastName(),
                p.getPreferredName(), p.getDateOfBirth(), p.getSettingId(), setting == null ? null : setting.getName());
    }

    private PupilDetails details(Pupil p) {
        String settingName = settings.findById(p.getSettingId()).map(Setting::getName).orElse(null);
        return new PupilDetails(p.getId(), p.getUpn(), p.isTemporaryUpn(), p.getFirstName(), p.getLastName(),
                p.getPreferredName(), p.getDateOfBirth(), p.getSex(), coded(reference.ethnicity(p.getEthnicity()),
                p.getEthnicity()), coded(reference.senNeed(p.getPrimaryNeed()), p.getPrimaryNeed()),
                p.getSecondaryNeed() == null ? null : coded(reference.senNeed(p.getSecondaryNeed()), p.getSecondaryNeed()),
                p.getEhcStatus(), p.getEhcStatusDate(), p.getSettingId(), settingName, p.getVersion());
    }

    private static CodedValue coded(Optional<CodedValue> value, String code) {
        return value.orElse(new CodedValue(code, code));
    }
}
