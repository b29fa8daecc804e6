package uk.openband.panels.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** A case on a meeting's agenda, with the decision the panel recorded on it (kept for the minutes). */
@Entity
@Table(name = "panel_agenda_item")
public class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "meeting_id", nullable = false)
    private long meetingId;
    @Column(name = "case_id", nullable = false)
    private long caseId;
    @Column(name = "case_reference", nullable = false)
    private String caseReference;
    @Column(name = "setting_id", nullable = false)
    private long settingId;
    @Column(nullable = false)
    private int position;
    @Column(name = "added_by", nullable = false)
    private String addedBy;
    @Column(name = "added_at", nullable = false)
    private Instant addedAt;
    private String outcome;
    private String band;
    @Column(name = "annual_amount")
    private BigDecimal annualAmount;
    @Column(name = "reason_codes")
    private String reasonCodes;
    @Column(name = "written_reason")
    private String writtenReason;
    @Column(name = "override_reason")
    private String overrideReason;
    private Boolean override;
    @Column(name = "needs_approval")
    private Boolean needsApproval;
    @Column(name = "case_state_after")
    private String caseStateAfter;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "open_meeting", nullable = false)
    private boolean openMeeting = true;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected AgendaItem() {
    }

    public AgendaItem(long meetingId, long caseId, String caseReference, long settingId, int position, String by,
            Instant at) {
        this.meetingId = meetingId;
        this.caseId = caseId;
        this.caseReference = caseReference;
        this.settingId = settingId;
        this.position = position;
        this.addedBy = by;
        this.addedAt = at;
        this.updatedAt = at;
    }

    /** What the panel decided, as casework recorded it. */
    public record Recorded(String outcome, String band, BigDecimal annualAmount, String reasonCodes,
            String writtenReason, String overrideReason, boolean override, boolean needsApproval,
            String caseStateAfter) {
    }

    public void record(Recorded r, String by, Instant at) {
        outcome = r.outcome();
        band = r.band();
        annualAmount = r.annualAmount();
        reasonCodes = r.reasonCodes();
        writtenReason = r.writtenReason();
        overrideReason = r.overrideReason();
        override = r.override();
        needsApproval = r.needsApproval();
        caseStateAfter = r.caseStateAfter();
        decidedBy = by;
        decidedAt = at;
        updatedAt = at;
        if ("DEFER".equals(r.outcome())) {
            // Deferred: the case leaves this open agenda, so it can go on another once the school answers.
            openMeeting = false;
        }
    }

    /** A level was moderated: the item's version moves on so that a stale decision form is refused. */
    public void touched(Instant at) {
        updatedAt = at;
    }

    public Long getId() { return id; }
    public long getMeetingId() { return meetingId; }
    public long getCaseId() { return caseId; }
    public String getCaseReference() { return caseReference; }
    public long getSettingId() { return settingId; }
    public int getPosition() { return position; }
    public String getAddedBy() { return addedBy; }
    public Instant getAddedAt() { return addedAt; }
    public String getOutcome() { return outcome; }
    public String getBand() { return band; }
    public BigDecimal getAnnualAmount() { return annualAmount; }
    public String getReasonCodes() { return reasonCodes; }
    public String getWrittenReason() { return writtenReason; }
    public String getOverrideReason() { return overrideReason; }
    public boolean isOverride() { return Boolean.TRUE.equals(override); }
    public boolean isNeedsApproval() { return Boolean.TRUE.equals(needsApproval); }
    public String getCaseStateAfter() { return caseStateAfter; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public long getVersion() { return version; }
}
