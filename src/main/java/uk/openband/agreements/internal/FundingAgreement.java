package uk.openband.agreements.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import uk.openband.agreements.AgreementSource;
import uk.openband.agreements.AgreementStatus;
import uk.openband.agreements.AgreementView;

/**
 * A funding agreement: what one decision (or a roll-over, or an award imported from the council's old
 * system) pays for one pupil at one setting.
 * It owns its end: {@link #end} and {@link #supersede} check that it is active and never move
 * the end date after the planned end; ending before the start leaves {@code start - 1}, no days.
 */
@Entity
@Table(name = "funding_agreement")
public class FundingAgreement {

    static final int MAX_REASON = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String reference;
    @Column(name = "pupil_id", nullable = false)
    private long pupilId;
    @Column(name = "setting_id", nullable = false)
    private long settingId;
    @Column(name = "case_id")
    private Long caseId;
    @Column(name = "decision_id")
    private Long decisionId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgreementSource source;
    @Column(name = "replaces_agreement_id")
    private Long replacesAgreementId;
    private String band;
    @Column(name = "annual_amount", nullable = false)
    private BigDecimal annualAmount;
    @Column(name = "termly_amount")
    private BigDecimal termlyAmount;
    @Column(name = "banding_key", nullable = false)
    private String bandingKey;
    @Column(name = "banding_version", nullable = false)
    private String bandingVersion;
    @Column(nullable = false)
    private String rounding;
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;
    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;
    @Column(name = "planned_end_date", nullable = false)
    private LocalDate plannedEndDate;
    @Column(name = "review_date", nullable = false)
    private LocalDate reviewDate;
    @Column(name = "decision_date", nullable = false)
    private LocalDate decisionDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgreementStatus status;
    @Column(name = "end_reason")
    private String endReason;
    @Column(name = "ended_by")
    private String endedBy;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "old_reference")
    private String oldReference;
    @Column(name = "import_id")
    private Long importId;
    private String route;
    @Column(name = "paid_from")
    private LocalDate paidFrom;
    private boolean legacy;
    @Version
    private long version;

    protected FundingAgreement() {
    }

    /** The terms of a new agreement, as a decision or roll-over gives them (no case or decision: imported). */
    public record Terms(long pupilId, long settingId, Long caseId, Long decisionId, String band,
            BigDecimal annualAmount, BigDecimal termlyAmount, String bandingKey, String bandingVersion,
            String rounding, LocalDate startDate, LocalDate plannedEndDate, LocalDate reviewDate,
            LocalDate decisionDate) {
    }

    public static FundingAgreement fromDecision(String reference, Terms t, String by, Instant at) {
        return create(reference, t, AgreementSource.DECISION, null, by, at);
    }

    /** A roll-over of {@code old}: it keeps the old agreement's route, old reference, first paid day and flag. */
    public static FundingAgreement rollover(String reference, Terms t, FundingAgreement old, String by, Instant at) {
        FundingAgreement a = create(reference, t, AgreementSource.ROLLOVER, old.getId(), by, at);
        a.route = old.route;
        a.oldReference = old.oldReference;
        a.paidFrom = old.paidFrom != null && old.paidFrom.isAfter(a.startDate) ? old.paidFrom : null;
        a.legacy = old.legacy && t.band() == null;
        return a;
    }

    /** What an imported award adds to its terms. */
    public record Imported(long importId, String oldReference, String route, LocalDate paidFrom, boolean legacy) {
    }

    /**
     * An award the council made before OpenBand, brought in by an import: no case or decision. Days before
     * {@code paidFrom} (when set) were paid by the old system and get no payment lines.
     */
    public static FundingAgreement imported(String reference, Terms t, Imported i, String by, Instant at) {
        if (t.caseId() != null || t.decisionId() != null) {
            throw new IllegalArgumentException("An imported award has no case or decision");
        }
        if (i.legacy() && t.band() != null) {
            throw new IllegalArgumentException("A legacy amount has no band");
        }
        FundingAgreement a = create(reference, t, AgreementSource.IMPORT, null, by, at);
        a.importId = i.importId();
        a.oldReference = Objects.requireNonNull(i.oldReference());
        a.route = i.route();
        a.paidFrom = i.paidFrom() != null && i.paidFrom().isAfter(t.startDate()) ? i.paidFrom() : null;
        a.legacy = i.legacy();
        return a;
    }

    /** The first day that gets payment lines: the start, or the day OpenBand took over paying an import. */
    public LocalDate firstPaidDay() {
        return paidFrom == null ? startDate : paidFrom;
    }

    private static FundingAgreement create(String reference, Terms t, AgreementSource source, Long replaces,
            String by, Instant at) {
        if (t.plannedEndDate().isBefore(t.startDate())) {
            throw new IllegalArgumentException("An agreement's planned end " + t.plannedEndDate()
                    + " is before its start " + t.startDate());
        }
        FundingAgreement a = new FundingAgreement();
        a.reference = Objects.requireNonNull(reference);
        a.pupilId = t.pupilId();
        a.settingId = t.settingId();
        a.caseId = t.caseId();
        a.decisionId = t.decisionId();
        a.source = source;
        a.replacesAgreementId = replaces;
        a.band = t.band();
        a.annualAmount = t.annualAmount();
        a.termlyAmount = t.termlyAmount();
        a.bandingKey = t.bandingKey();
        a.bandingVersion = t.bandingVersion();
        a.rounding = t.rounding();
        a.startDate = t.startDate();
        a.endDate = t.plannedEndDate();
        a.plannedEndDate = t.plannedEndDate();
        a.reviewDate = t.reviewDate();
        a.decisionDate = t.decisionDate();
        a.status = AgreementStatus.ACTIVE;
        a.createdBy = by;
        a.createdAt = at;
        return a;
    }

    /**
     * Ends an active agreement after {@code lastDay} (kept within its start - 1 and its current
     * end) with the given status (ENDED or SUPERSEDED) and reason.
     */
    public void end(LocalDate lastDay, AgreementStatus newStatus, String reason, String by, Instant at) {
        if (status != AgreementStatus.ACTIVE) {
            throw new IllegalStateException("Agreement " + reference + " is " + status + ", not active");
        }
        if (newStatus == AgreementStatus.ACTIVE) {
            throw new IllegalArgumentException("An agreement ends as ENDED or SUPERSEDED");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("An agreement ends with a reason");
        }
        LocalDate floor = startDate.minusDays(1);
        LocalDate day = lastDay.isBefore(floor) ? floor : lastDay;
        endDate = day.isAfter(endDate) ? endDate : day;
        status = newStatus;
        String text = reason.strip();
        endReason = text.length() > MAX_REASON ? text.substring(0, MAX_REASON) : text;
        endedBy = by;
        endedAt = at;
    }

    public AgreementView view() {
        return new AgreementView(id, reference, pupilId, settingId, caseId, decisionId, source, replacesAgreementId,
                band, annualAmount, termlyAmount, bandingKey, bandingVersion, rounding, startDate, endDate,
                plannedEndDate, reviewDate, decisionDate, status, endReason, endedBy, version, route, oldReference,
                paidFrom, legacy);
    }

    public Long getId() { return id; }
    public String getReference() { return reference; }
    public long getPupilId() { return pupilId; }
    public long getSettingId() { return settingId; }
    public Long getCaseId() { return caseId; }
    public Long getDecisionId() { return decisionId; }
    public String getRoute() { return route; }
    public String getOldReference() { return oldReference; }
    public LocalDate getPaidFrom() { return paidFrom; }
    public boolean isLegacy() { return legacy; }
    public String getBand() { return band; }
    public BigDecimal getAnnualAmount() { return annualAmount; }
    public BigDecimal getTermlyAmount() { return termlyAmount; }
    public String getRounding() { return rounding; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
    public LocalDate getPlannedEndDate() { return plannedEndDate; }
    public LocalDate getReviewDate() { return reviewDate; }
    public LocalDate getDecisionDate() { return decisionDate; }
    public AgreementStatus getStatus() { return status; }
    public long getVersion() { return version; }
}
