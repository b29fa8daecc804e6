package uk.openband.agreements;

import uk.openband.platform.Text;
import uk.openband.platform.NotFound;
import uk.openband.platform.Refused;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.dao.DataIntegrityViolationException;
import uk.openband.casework.CaseEvents;
import uk.openband.casework.DecisionOutcome;
import uk.openband.directory.PupilScope;
import uk.openband.directory.SettingDirectory;
import uk.openband.directory.SettingSummary;
import uk.openband.framework.FrameworkCatalogue;
import uk.openband.framework.scoring.BandRow;
import uk.openband.framework.scoring.BandingTable;
import uk.openband.common.Money;
import uk.openband.agreements.internal.AgreementSchedules;
import uk.openband.agreements.internal.FundingAgreement;
import uk.openband.agreements.internal.FundingAgreementRepository;
import uk.openband.agreements.internal.PaymentLineStore;
import uk.openband.agreements.internal.PaymentSettingsStore;
import uk.openband.agreements.schedule.FundingTerms;
import uk.openband.agreements.schedule.PaymentMethod;
import uk.openband.agreements.schedule.PaymentScheduler;
import uk.openband.agreements.schedule.Schedule;

/**
 * Funding agreements: made by decisions (listening to {@link CaseEvents.CaseDecided} in the deciding
 * transaction, once per decision, and publishing {@link AgreementMade}), ended by a later decision for
 * the pupil or a leaving date, superseded by a roll-over; each with its payment lines under the LA's
 * payment method.
 * Every change is audited.
 */
@Service
@Transactional
public class FundingAgreements {

    private final FundingAgreementRepository agreements;
    private final PaymentLineStore lines;
    private final PaymentSettingsStore settings;
    private final FrameworkCatalogue catalogue;
    private final SettingDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FundingAgreements(FundingAgreementRepository agreements, PaymentLineStore lines, PaymentSettingsStore settings,
            FrameworkCatalogue catalogue, SettingDirectory directory, ApplicationEventPublisher events, Clock clock) {
        this.agreements = agreements;
        this.lines = lines;
        this.settings = settings;
        this.catalogue = catalogue;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A decision in force makes the pupil's agreement, ends the one it replaces and publishes
     * {@link AgreementMade} (on which casework moves the case to FUNDED once this commits). A declined
     * request makes none; a second delivery of the same decision does nothing.
     * <p>
     * A plain listener, deliberately inside the deciding transaction rather than an
     * {@code @ApplicationModuleListener} after it: a decision whose funding cannot be paid (a day in no
     * term, an overlap with an ended agreement) must be refused with nothing saved, decision included,
     * and the officer or panel told why on the same page. Only the transaction that records the decision
     * can refuse it; after its commit the decision would stand without its agreement.
     */
    @EventListener
    void on(CaseEvents.CaseDecided decided) {
        if (DecisionOutcome.DECLINE.name().equals(decided.outcome()) || decided.annualAmount() == null
                || decided.annualAmount().signum() <= 0) {
            return;
        }
        if (agreements.findByDecisionIdAndSource(decided.decisionId(), AgreementSource.DECISION).isPresent()) {
            return;
        }
        BandingTable banding = catalogue.banding(decided.bandingKey(), decided.bandingVersion())
                .orElseThrow(() -> new IllegalStateException("Banding table " + decided.bandingKey() + " "
                        + decided.bandingVersion() + " of decision " + decided.decisionId() + " is not published"));
        BigDecimal termly = publishedTermlyAmount(banding, decided.settingId(), decided.band());
        String by = decided.decidedBy();
        String why = "New decision " + decided.decisionId() + " on case " + decided.caseId() + " from "
                + decided.startDate();
        for (FundingAgreement current : agreements.findByPupilIdAndStatusOrderByStartDateAscIdAsc(decided.pupilId(),
                AgreementStatus.ACTIVE)) {
            if (!current.getEndDate().isBefore(decided.startDate())) {
                end(current, decided.startDate().minusDays(1), AgreementStatus.ENDED, why, by);
            }
        }
        FundingAgreement created = FundingAgreement.fromDecision(nextReference(), new FundingAgreement.Terms(
                decided.pupilId(), decided.settingId(), decided.caseId(), decided.decisionId(), decided.band(),
                Money.of(decided.annualAmount()), termly, decided.bandingKey(), decided.bandingVersion(),
                banding.rounding().name(), decided.startDate(), decided.endDate(), decided.reviewDate(),
                decided.decisionDate()), by, clock.instant());
        try {
            created = agreements.saveAndFlush(created);
            publishCreated(created, schedule(created), by);
            events.publishEvent(new AgreementMade(created.getId(), created.getReference(), decided.caseId(),
                    decided.decisionId(), decided.pupilId()));
        } catch (Refused e) {
            if (!"agreements.refused.unschedulable".equals(e.messageKey())) {
                throw e;
            }
            // Refused in the deciding transaction: the decision is not recorded either, and the page says why.
            throw Refused.state("state", "agreements.refused.unpayable", e.problems().get(0));
        } catch (DataIntegrityViolationException e) {
            throw Refused.state("state", "agreements.refused.overlapsEnded", FundingText.date(decided.startDate()));
        }
    }

    /**
     * The pupil left the setting: the agreement's last funded day is {@code leavingDate}, which
     * must be inside the agreement (not before its start, not after its end).
     */
    public AgreementView recordLeaving(long agreementId, LocalDate leavingDate, String reason, String by) {
        FundingAgreement a = agreements.findById(agreementId).orElseThrow(() -> new NotFound("agreements.notFound.agreement", agreementId));
        requireActive(a);
        if (leavingDate == null) {
            throw new Refused("leavingDate", "agreements.refused.leavingDateMissing");
        }
        if (leavingDate.isBefore(a.getStartDate())) {
            throw new Refused("leavingDate", "agreements.refused.leavingBeforeStart",
                    FundingText.date(a.getStartDate()));
        }
        if (leavingDate.isAfter(a.getEndDate())) {
            throw new Refused("leavingDate", "agreements.refused.leavingAfterEnd", FundingText.date(a.getEndDate()));
        }
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new Refused("reason", "agreements.refused.leavingReasonMissing");
        }
        if (text.length() > 2000) {
            throw new Refused("reason", "agreements.refused.reasonTooLong", 2000);
        }
        Text.require("reason", text);
        end(a, leavingDate, AgreementStatus.ENDED, "Left the setting on " + leavingDate + ": " + text, by);
        return a.view();
    }

    /**
     * A roll-over to a new banding table: the agreement ends the day before {@code effectiveFrom}
     * (SUPERSEDED) and a new agreement (ROLLOVER, replacing it) runs from then (not before the old
     * start) to the old planned end with the new amounts. Both get fresh lines; one transaction.
     *
     * @return the new agreement's id
     */
    public long supersede(long agreementId, LocalDate effectiveFrom, BigDecimal newAnnual, BigDecimal newTermly,
            String bandingKey, String bandingVersion, String reason, String by) {
        FundingAgreement old = agreements.findById(agreementId).orElseThrow(() -> new NotFound("agreements.notFound.agreement", agreementId));
        requireActive(old);
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (effectiveFrom.isAfter(old.getEndDate())) {
            throw new Refused("effectiveFrom", "agreements.refused.endsBeforeRollover", old.getReference(),
                    old.getEndDate(), effectiveFrom);
        }
        if (newAnnual == null || newAnnual.signum() <= 0 || (newTermly != null && newTermly.signum() <= 0)) {
            throw new Refused("annualAmount", "agreements.refused.rolloverAmount");
        }
        if (reason == null || reason.isBlank()) {
            throw new Refused("reason", "agreements.refused.rolloverReasonMissing");
        }
        BandingTable banding = catalogue.banding(bandingKey, bandingVersion).orElseThrow(() ->
                new Refused("banding", "agreements.refused.bandingNotPublished", bandingKey, bandingVersion));
        LocalDate from = effectiveFrom.isBefore(old.getStartDate()) ? old.getStartDate() : effectiveFrom;
        LocalDate plannedEnd = old.getPlannedEndDate();
        end(old, from.minusDays(1), AgreementStatus.SUPERSEDED, reason, by);
        FundingAgreement created = FundingAgreement.rollover(nextReference(), new FundingAgreement.Terms(
                old.getPupilId(), old.getSettingId(), old.getCaseId(), old.getDecisionId(), old.getBand(),
                Money.of(newAnnual), Money.ofNullable(newTermly), bandingKey, bandingVersion,
                banding.rounding().name(), from, plannedEnd, old.getReviewDate(), LocalDate.now(clock)),
                old, by, clock.instant());
        created = agreements.saveAndFlush(created);
        publishCreated(created, schedule(created), by);
        return created.getId();
    }

    /** Works out every agreement's lines again (after the payment method or term dates changed); the count. */
    public int regenerateAllLines() {
        PaymentSettingsView s = settings.load();
        PaymentMethod method = settings.method(s);
        List<FundingAgreement> all = agreements.findAll();
        for (FundingAgreement a : all) {
            lines.replace(a.getId(), schedule(a, s, method));
        }
        return all.size();
    }

    @Transactional(readOnly = true)
    public Optional<AgreementView> find(PupilScope scope, long id) {
        return agreements.findById(id).filter(a -> scope.includes(a.getSettingId())).map(FundingAgreement::view);
    }

    /**
     * Agreements matching every filter given (null means any), newest start first, at most 1000.
     * A SENCO's scope limits them to their setting.
     */
    @Transactional(readOnly = true)
    public List<AgreementView> search(PupilScope scope, Long pupilId, Long settingId, LocalDate activeOn) {
        Long setting = settingId;
        if (!scope.isAllSettings()) {
            if (settingId != null && !settingId.equals(scope.settingId())) {
                return List.of();
            }
            setting = scope.settingId();
        }
        return agreements.search(pupilId, setting, activeOn).stream().map(FundingAgreement::view).toList();
    }

    /** The agreement's payment lines in order; {@link NotFound} outside the scope. */
    @Transactional(readOnly = true)
    public List<PaymentLineView> schedule(PupilScope scope, long agreementId) {
        find(scope, agreementId).orElseThrow(() -> new NotFound("agreements.notFound.agreement", agreementId));
        return lines.lines(agreementId);
    }

    /** Active agreements funding that day (for the tariff roll-over). */
    @Transactional(readOnly = true)
    public List<AgreementView> activeOn(LocalDate day) {
        return agreements.activeOn(day).stream().map(FundingAgreement::view).toList();
    }

    /**
     * Active agreements that fund {@code day} or start after it (decided before a new tariff takes
     * effect, to start later): what a roll-over from that day changes.
     */
    public List<AgreementView> activeFrom(LocalDate day) {
        return agreements.activeFrom(day).stream().map(FundingAgreement::view).toList();
    }

    private void requireActive(FundingAgreement a) {
        if (a.getStatus() != AgreementStatus.ACTIVE) {
            throw Refused.state("status", a.getStatus() == AgreementStatus.ENDED ? "agreements.refused.alreadyEnded"
                    : "agreements.refused.alreadySuperseded", a.getReference());
        }
    }

    private void end(FundingAgreement a, LocalDate lastDay, AgreementStatus status, String reason, String by) {
        LocalDate previous = a.getEndDate();
        a.end(lastDay, status, reason, by, clock.instant());
        agreements.saveAndFlush(a);
        Schedule s = schedule(a);
        events.publishEvent(new FundingEvents.AgreementEnded(a.getId(), a.getReference(), AgreementStatus.ACTIVE.name(),
                status.name(), previous, a.getEndDate(), reason, s.lines().size(), s.total().toPlainString(), by));
    }

    private void publishCreated(FundingAgreement a, Schedule s, String by) {
        events.publishEvent(new FundingEvents.AgreementCreated(a.getId(), a.getReference(), a.getCaseId(),
                a.getDecisionId(), a.view().source().name(), a.view().replacesAgreementId(), a.getBand(),
                a.getAnnualAmount().toPlainString(),
                a.getTermlyAmount() == null ? null : a.getTermlyAmount().toPlainString(),
                a.view().bandingKey() + " " + a.view().bandingVersion(), a.getStartDate(), a.getEndDate(),
                s.lines().size(), s.total().toPlainString(), by));
    }

    /** Replaces the agreement's lines with its schedule under the current method; the schedule. */
    private Schedule schedule(FundingAgreement a) {
        PaymentSettingsView s = settings.load();
        Schedule schedule = schedule(a, s, settings.method(s));
        lines.replace(a.getId(), schedule);
        return schedule;
    }

    private static Schedule schedule(FundingAgreement a, PaymentSettingsView s, PaymentMethod method) {
        return AgreementSchedules.of(a, s, method);
    }

    private BigDecimal publishedTermlyAmount(BandingTable banding, long settingId, String band) {
        if (band == null) {
            return null;
        }
        return directory.find(settingId).map(SettingSummary::category).flatMap(banding::bandsFor)
                .flatMap(b -> b.bands().stream().filter(r -> r.band().equals(band)).findFirst())
                .map(BandRow::termlyAmount).orElse(null);
    }

    private String nextReference() {
        return "FA-%06d".formatted(agreements.nextReference());
    }
}
