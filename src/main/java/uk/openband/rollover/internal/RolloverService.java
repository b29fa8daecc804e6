package uk.openband.rollover.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.PupilScope;
import uk.openband.directory.PupilSummary;
import uk.openband.directory.SettingDirectory;
import uk.openband.directory.SettingSummary;
import uk.openband.framework.scoring.BandingTable;
import uk.openband.common.Money;
import uk.openband.rollover.internal.RolloverModel.Candidate;
import uk.openband.rollover.internal.RolloverModel.Change;
import uk.openband.rollover.internal.RolloverModel.Kept;
import uk.openband.rollover.internal.RolloverModel.Preview;
import uk.openband.rollover.internal.RolloverModel.Request;
import uk.openband.rollover.internal.RolloverModel.SettingTotal;
import uk.openband.rollover.AgreementTerms;
import uk.openband.rollover.RolloverOutcome;
import uk.openband.rollover.RolloverRules;
import uk.openband.agreements.schedule.FinancialYear;

/**
 * Previews a tariff roll-over over the agreements active on its effective date, and applies a
 * preview: every agreement it changes is superseded in one transaction, the run is recorded with
 * its totals, and an audit event is published. An apply recomputes the preview and refuses when it
 * no longer matches the one the person saw.
 */
@Service
public class RolloverService {

    /** Roll-overs apply one at a time (a transaction-scoped advisory lock). */
    private static final long APPLY_LOCK = 0x526F6C6C6F766572L;

    private final RolloverAgreements agreements;
    private final RolloverRuns runs;
    private final SettingDirectory settings;
    private final PupilRegistry pupils;
    private final ApplicationEventPublisher events;

    RolloverService(RolloverAgreements agreements, RolloverRuns runs, SettingDirectory settings, PupilRegistry pupils,
            ApplicationEventPublisher events) {
        this.agreements = agreements;
        this.runs = runs;
        this.settings = settings;
        this.pupils = pupils;
        this.events = events;
    }

    /** What the roll-over would do, nothing changed. */
    @Transactional(readOnly = true)
    public Preview preview(Request request) {
        BandingTable table = request.table();
        FinancialYear year = FinancialYear.containing(request.effectiveDate());
        Map<Long, Optional<SettingSummary>> settingCache = new LinkedHashMap<>();
        List<Change> changes = new ArrayList<>();
        List<Kept> unchanged = new ArrayList<>();
        List<Kept> notRolled = new ArrayList<>();
        List<Candidate> candidates = agreements.activeFrom(request.effectiveDate()).stream()
                .sorted(Comparator.comparing(Candidate::reference)).toList();
        Map<Long, PupilSummary> pupilsById = pupils.summaries(PupilScope.allSettings(),
                candidates.stream().map(Candidate::pupilId).distinct().toList());
        for (Candidate c : candidates) {
            Optional<SettingSummary> setting = settingCache.computeIfAbsent(c.settingId(), settings::find);
            String settingName = setting.map(SettingSummary::name).orElse("");
            String pupil = Optional.ofNullable(pupilsById.get(c.pupilId())).map(RolloverService::name).orElse("");
            AgreementTerms terms = new AgreementTerms(c.band(), c.annualAmount(), c.startDate(), c.endDate(),
                    c.reviewDate(), c.bandingKey(), c.bandingVersion(),
                    setting.map(SettingSummary::category).orElse(null), c.legacy());
            RolloverOutcome outcome = RolloverRules.roll(terms, table, request.effectiveDate(), request.options());
            if (outcome instanceof RolloverOutcome.Change ch) {
                BigDecimal rest = RolloverRules.restOfYearCost(ch.annualDifference(), ch.effectiveFrom(),
                        c.endDate(), request.effectiveDate(), table.rounding());
                changes.add(new Change(c.id(), c.reference(), pupil, c.settingId(), settingName, c.band(),
                        ch.oldAnnual(), ch.newAnnual(), ch.newTermly(), ch.tableAmount(), ch.effectiveFrom(),
                        ch.annualDifference(), rest, ch.adjustment() == RolloverOutcome.Adjustment.CAPPED));
            } else if (outcome instanceof RolloverOutcome.NoChange nc) {
                unchanged.add(new Kept(c.id(), c.reference(), pupil, settingName, c.band(), c.annualAmount(),
                        nc.reason().name(), nc.detail()));
            } else if (outcome instanceof RolloverOutcome.NotRolled nr) {
                notRolled.add(new Kept(c.id(), c.reference(), pupil, settingName, c.band(), c.annualAmount(),
                        nr.reason().name(), nr.detail()));
            }
        }
        Map<Long, SettingTotal> bySetting = new LinkedHashMap<>();
        for (Change ch : changes) {
            bySetting.merge(ch.settingId(),
                    new SettingTotal(ch.settingId(), ch.setting(), 1, ch.annualDifference(), ch.restOfYear()),
                    (a, b) -> new SettingTotal(a.settingId(), a.setting(), a.agreements() + 1,
                            a.annualChange().add(b.annualChange()), a.restOfYearChange().add(b.restOfYearChange())));
        }
        List<SettingTotal> totals = bySetting.values().stream()
                .sorted(Comparator.comparing(SettingTotal::setting).thenComparing(SettingTotal::settingId)).toList();
        BigDecimal annual = totals.stream().map(SettingTotal::annualChange).reduce(Money.ZERO, BigDecimal::add);
        BigDecimal rest = totals.stream().map(SettingTotal::restOfYearChange).reduce(Money.ZERO, BigDecimal::add);
        return new Preview(request, List.copyOf(changes), List.copyOf(unchanged), List.copyOf(notRolled), totals,
                annual, rest, year.label(), fingerprint(request, candidates, changes));
    }

    /**
     * Applies the roll-over the person previewed: all agreements it changes are superseded, or none.
     *
     * @return the run's id
     * @throws RolloverExceptions.AlreadyApplied when this preview was applied already
     * @throws RolloverExceptions.Changed when the agreements or amounts changed since the preview
     * @throws RolloverExceptions.NothingToApply when the roll-over changes no agreement
     * @throws RolloverExceptions.Failed when superseding an agreement failed (nothing is applied)
     */
    @Transactional
    public long apply(Request request, String previewedFingerprint, String by) {
        runs.lockForApply(APPLY_LOCK);
        Optional<Long> earlier = runs.findByFingerprint(previewedFingerprint);
        if (earlier.isPresent()) {
            throw new RolloverExceptions.AlreadyApplied(earlier.get());
        }
        Preview preview = preview(request);
        if (!preview.fingerprint().equals(previewedFingerprint)) {
            throw new RolloverExceptions.Changed(preview);
        }
        if (!preview.hasChanges()) {
            throw new RolloverExceptions.NothingToApply();
        }
        BandingTable table = request.table();
        String reason = "Roll-over to " + table.name() + " " + table.version() + " ("
                + request.options().policy().name().toLowerCase(java.util.Locale.ROOT) + ")";
        Map<Long, Long> replacements = new LinkedHashMap<>();
        for (Change ch : preview.changes()) {
            try {
                replacements.put(ch.agreementId(), agreements.supersede(ch.agreementId(), ch.effectiveFrom(),
                        ch.newAnnual(), ch.newTermly(), table.key(), table.version(), reason, by));
            } catch (RuntimeException e) {
                throw new RolloverExceptions.Failed(ch.reference(), e);
            }
        }
        long runId = runs.record(preview, replacements, by);
        events.publishEvent(new RolloverApplied(runId, table.key(), table.version(),
                request.effectiveDate(), request.options(), preview.changes().size(), preview.unchanged().size(),
                preview.notRolled().size(), preview.annualChange(), preview.restOfYearChange(), by));
        return runId;
    }

    private static String name(PupilSummary p) {
        String first = p.preferredName() != null && !p.preferredName().isBlank() ? p.preferredName() : p.firstName();
        return first + " " + p.lastName();
    }

    /** SHA-256 of the request and of every candidate's facts and outcome, in reference order. */
    static String fingerprint(Request request, List<Candidate> candidates, List<Change> changes) {
        StringBuilder text = new StringBuilder();
        text.append(request.table().key()).append('|').append(request.table().version()).append('|')
                .append(request.effectiveDate()).append('|').append(request.options().policy()).append('|')
                .append(request.options().noLoss()).append('|').append(request.options().capPercent()).append('\n');
        for (Candidate c : candidates) {
            text.append(c.id()).append('|').append(c.reference()).append('|').append(c.settingId()).append('|')
                    .append(c.band()).append('|').append(c.annualAmount()).append('|').append(c.bandingKey())
                    .append('|').append(c.bandingVersion()).append('|').append(c.startDate()).append('|')
                    .append(c.endDate()).append('|').append(c.reviewDate()).append('\n');
        }
        for (Change ch : changes) {
            text.append(ch.agreementId()).append('>').append(ch.newAnnual()).append('|').append(ch.newTermly())
                    .append('|').append(ch.effectiveFrom()).append('\n');
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
