package uk.openband.casework.internal;

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
import uk.openband.assessment.AssessmentEvents;
import uk.openband.assessment.Purpose;
import uk.openband.casework.CaseState;

/** The case aggregate: it owns its state machine; each transition checks the state it starts from. */
@Entity
@Table(name = "funding_case")
public class FundingCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String reference;
    @Column(name = "assessment_id", nullable = false)
    private long assessmentId;
    @Column(name = "pupil_id", nullable = false)
    private long pupilId;
    @Column(name = "setting_id", nullable = false)
    private long settingId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Purpose purpose;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseState state;
    @Column(name = "indicated_total", nullable = false)
    private BigDecimal indicatedTotal;
    @Column(name = "indicated_band")
    private String indicatedBand;
    @Column(name = "indicated_annual_amount")
    private BigDecimal indicatedAnnualAmount;
    @Column(name = "indicated_exceptional", nullable = false)
    private boolean indicatedExceptional;
    @Column(name = "framework_key", nullable = false)
    private String frameworkKey;
    @Column(name = "framework_version", nullable = false)
    private String frameworkVersion;
    @Column(name = "banding_key", nullable = false)
    private String bandingKey;
    @Column(name = "banding_version", nullable = false)
    private String bandingVersion;
    @Column(name = "requested_start_date", nullable = false)
    private LocalDate requestedStartDate;
    @Column(name = "first_submitted_at", nullable = false)
    private Instant firstSubmittedAt;
    @Column(name = "last_submitted_at", nullable = false)
    private Instant lastSubmittedAt;
    @Version
    private long version;

    protected FundingCase() {
    }

    /** Opens a case from a submitted assessment. */
    static FundingCase open(AssessmentEvents.Submitted s) {
        FundingCase c = new FundingCase();
        c.reference = s.reference();
        c.assessmentId = s.assessmentId();
        c.pupilId = s.pupilId();
        c.settingId = s.settingId();
        c.purpose = s.purpose();
        c.state = CaseState.SUBMITTED;
        c.firstSubmittedAt = s.submittedAt();
        c.indicate(s);
        return c;
    }

    /** The school answered a request for information and sent the assessment again. */
    void resubmit(AssessmentEvents.Submitted s) {
        if (state != CaseState.INFO_REQUESTED) {
            throw new IllegalStateException("A case in state " + state + " cannot be resubmitted");
        }
        state = CaseState.SUBMITTED;
        indicate(s);
    }

    private void indicate(AssessmentEvents.Submitted s) {
        indicatedTotal = s.total();
        indicatedBand = s.band();
        indicatedAnnualAmount = s.annualAmount();
        indicatedExceptional = s.exceptional();
        frameworkKey = s.frameworkKey();
        frameworkVersion = s.frameworkVersion();
        bandingKey = s.bandingKey();
        bandingVersion = s.bandingVersion();
        requestedStartDate = s.requestedStartDate();
        lastSubmittedAt = s.submittedAt();
    }

    public Long getId() { return id; }
    public String getReference() { return reference; }
    public long getAssessmentId() { return assessmentId; }
    public long getPupilId() { return pupilId; }
    public long getSettingId() { return settingId; }
    public CaseState getState() { return state; }
    public BigDecimal getIndicatedTotal() { return indicatedTotal; }
    public String getIndicatedBand() { return indicatedBand; }
    public BigDecimal getIndicatedAnnualAmount() { return indicatedAnnualAmount; }
    public boolean isIndicatedExceptional() { return indicatedExceptional; }
    public LocalDate getRequestedStartDate() { return requestedStartDate; }
    public Instant getFirstSubmittedAt() { return firstSubmittedAt; }
    public Instant getLastSubmittedAt() { return lastSubmittedAt; }
}
