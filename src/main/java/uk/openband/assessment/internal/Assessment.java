package uk.openband.assessment.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.openband.assessment.AssessmentState;
import uk.openband.assessment.Purpose;
import uk.openband.framework.scoring.ScoreResult;
import uk.openband.common.SettingCategory;

/**
 * The assessment aggregate. Every change goes through a method that checks the state; the
 * database repeats the key rule (a submitted assessment is complete) as a CHECK constraint.
 */
@Entity
@Table(name = "assessment")
public class Assessment {

    @Embeddable
    public static class AnswerValue {
        @Column(nullable = false)
        private int level;
        private String evidence;

        protected AnswerValue() {
        }

        AnswerValue(int level, String evidence) {
            this.level = level;
            this.evidence = evidence;
        }

        public int getLevel() {
            return level;
        }

        public String getEvidence() {
            return evidence;
        }
    }

    @Embeddable
    public static class ProvisionValue {
        @Column(name = "support_type", nullable = false)
        private String supportType;
        @Column(name = "hours_per_week", nullable = false)
        private BigDecimal hoursPerWeek;
        @Column(name = "cost_per_week", nullable = false)
        private BigDecimal costPerWeek;

        protected ProvisionValue() {
        }

        ProvisionValue(String supportType, BigDecimal hoursPerWeek, BigDecimal costPerWeek) {
            this.supportType = supportType;
            this.hoursPerWeek = hoursPerWeek;
            this.costPerWeek = costPerWeek;
        }

        public String getSupportType() {
            return supportType;
        }

        public BigDecimal getHoursPerWeek() {
            return hoursPerWeek;
        }

        public BigDecimal getCostPerWeek() {
            return costPerWeek;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "pupil_id", nullable = false)
    private long pupilId;

    @Column(name = "setting_id", nullable = false)
    private long settingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "setting_category", nullable = false)
    private SettingCategory settingCategory;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Purpose purpose;

    @Column(name = "framework_key", nullable = false)
    private String frameworkKey;
    @Column(name = "framework_version", nullable = false)
    private String frameworkVersion;
    @Column(name = "banding_key", nullable = false)
    private String bandingKey;
    @Column(name = "banding_version", nullable = false)
    private String bandingVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssessmentState state = AssessmentState.DRAFT;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assessment_answer", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "domain_code")
    private Map<String, AnswerValue> answers = new HashMap<>();

    @Column(nullable = false)
    private boolean consulted;

    @Column(name = "requested_start_date")
    private LocalDate requestedStartDate;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assessment_provision", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    private List<ProvisionValue> provision = new ArrayList<>();

    private String reference;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "score_total")
    private BigDecimal scoreTotal;
    @Column(name = "score_band")
    private String scoreBand;
    @Column(name = "score_annual_amount")
    private BigDecimal scoreAnnualAmount;
    @Column(name = "score_exceptional")
    private Boolean scoreExceptional;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private long version;

    protected Assessment() {
    }

    public Assessment(long pupilId, long settingId, SettingCategory category, Purpose purpose, String frameworkKey,
            String frameworkVersion, String bandingKey, String bandingVersion, Instant now, String by) {
        this.pupilId = pupilId;
        this.settingId = settingId;
        this.settingCategory = category;
        this.purpose = purpose;
        this.frameworkKey = frameworkKey;
        this.frameworkVersion = frameworkVersion;
        this.bandingKey = bandingKey;
        this.bandingVersion = bandingVersion;
        this.createdAt = now;
        this.createdBy = by;
        touch(now, by);
    }

    /** Sets or clears (level null) one domain's answer. */
    public void answer(String domainCode, Integer level, String evidence, Instant now, String by) {
        requireEditable();
        if (level == null) {
            answers.remove(domainCode);
        } else {
            answers.put(domainCode, new AnswerValue(level, evidence == null || evidence.isBlank() ? null : evidence));
        }
        touch(now, by);
    }

    public void details(boolean consulted, LocalDate requestedStartDate, List<ProvisionValue> lines, Instant now,
            String by) {
        requireEditable();
        this.consulted = consulted;
        this.requestedStartDate = requestedStartDate;
        this.provision.clear();
        this.provision.addAll(lines);
        touch(now, by);
    }

    /** Sends the assessment to the local authority with the score it has now. */
    public void submit(String newReference, ScoreResult score, Instant now, String by) {
        requireEditable();
        if (!consulted || requestedStartDate == null) {
            throw new IllegalStateException("An assessment needs the declaration and a start date before it is sent");
        }
        if (reference == null) {
            reference = newReference;
        }
        state = AssessmentState.SUBMITTED;
        submittedAt = now;
        submittedBy = by;
        scoreTotal = score.total();
        scoreBand = score.band();
        scoreAnnualAmount = score.annualAmount();
        scoreExceptional = score.exceptional();
        touch(now, by);
    }

    /** The local authority asks for more information: the school can change it again. */
    public void returnForInformation(Instant now, String by) {
        if (state != AssessmentState.SUBMITTED) {
            throw new IllegalStateException("Only a submitted assessment can be returned");
        }
        state = AssessmentState.RETURNED;
        touch(now, by);
    }

    private void requireEditable() {
        if (!state.editable()) {
            throw new IllegalStateException("This assessment has been submitted and cannot be changed");
        }
    }

    private void touch(Instant now, String by) {
        updatedAt = now;
        updatedBy = by;
    }

    public Long getId() { return id; }
    public long getPupilId() { return pupilId; }
    public long getSettingId() { return settingId; }
    public SettingCategory getSettingCategory() { return settingCategory; }
    public Purpose getPurpose() { return purpose; }
    public String getFrameworkKey() { return frameworkKey; }
    public String getFrameworkVersion() { return frameworkVersion; }
    public String getBandingKey() { return bandingKey; }
    public String getBandingVersion() { return bandingVersion; }
    public AssessmentState getState() { return state; }
    public Map<String, AnswerValue> getAnswers() { return answers; }
    public boolean isConsulted() { return consulted; }
    public LocalDate getRequestedStartDate() { return requestedStartDate; }
    public List<ProvisionValue> getProvision() { return provision; }
    public String getReference() { return reference; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getSubmittedBy() { return submittedBy; }
    public BigDecimal getScoreTotal() { return scoreTotal; }
    public String getScoreBand() { return scoreBand; }
    public BigDecimal getScoreAnnualAmount() { return scoreAnnualAmount; }
    public Boolean getScoreExceptional() { return scoreExceptional; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public long getVersion() { return version; }
}
