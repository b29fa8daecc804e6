package uk.openband.casework.internal.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import uk.openband.audit.AuditEntry;
import uk.openband.casework.CaseDetail;
import uk.openband.casework.CaseQueuePage;
import uk.openband.casework.CaseRow;
import uk.openband.casework.DecisionView;
import uk.openband.casework.ReasonCode;

/** The case API's bodies. Money as strings with two decimal places. */
final class CaseJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CaseJson() {
    }

    @Schema(description = "A case in the officer queue")
    record Row(long id, String reference, String state, long pupilId, String pupilName, long settingId,
            String settingName, String primaryNeed, String indicatedBand, String indicatedAnnualAmount,
            boolean indicatedExceptional, String assignedOfficer, Instant firstSubmittedAt, long ageDays,
            @Schema(nullable = true, description = "due date of the stage the case is in") LocalDate dueDate,
            boolean overdue, long workingDaysOverdue) {
    }

    @Schema(description = "One page of the queue, with the number of cases in each state (other filters applied)")
    record Page(List<Row> cases, int page, int pageSize, long total, int totalPages, Map<String, Long> counts) {
    }

    record Decision(long id, String outcome, String band, String annualAmount, LocalDate startDate, LocalDate endDate,
            LocalDate reviewDate, String startPolicy, Integer endTerms, List<ReasonCode> reasons, String writtenReason,
            boolean override, String overrideReason, boolean delegated, boolean needsApproval, String status,
            String decidedBy, Instant decidedAt, String approvedBy, Instant approvedAt, String refusedReason) {
    }

    record Event(Instant occurredAt, String actor, String action, Map<String, Object> details) {
    }

    @Schema(description = "A case in full: where it is, the indication, the decision, and its timeline")
    record Detail(long id, String reference, long version, String state, long assessmentId, long pupilId,
            long settingId, String primaryNeed, String indicatedTotal, String indicatedBand,
            String indicatedAnnualAmount, boolean indicatedExceptional, LocalDate requestedStartDate,
            Instant firstSubmittedAt, Instant lastSubmittedAt, String assignedOfficer, String infoRequestMessage,
            String withdrawnReason, @Schema(nullable = true) Decision decision, List<Decision> decisions,
            List<Event> timeline, @Schema(nullable = true, description = "the school's reasons when it disputed "
                    + "a decision") String disputeReason, @Schema(nullable = true) LocalDate triageDueDate,
            @Schema(nullable = true) LocalDate decisionDueDate,
            @Schema(nullable = true, description = "due date of the stage the case is in") LocalDate dueDate,
            boolean overdue, long workingDaysOverdue) {
    }

    static Page page(CaseQueuePage p) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (uk.openband.casework.CaseState s : uk.openband.casework.CaseState.values()) {
            counts.put(s.name(), p.count(s));
        }
        return new Page(p.rows().stream().map(CaseJson::row).toList(), p.page(), p.pageSize(), p.total(),
                p.totalPages(), counts);
    }

    static Row row(CaseRow r) {
        return new Row(r.id(), r.reference(), r.state().name(), r.pupilId(), r.pupilName(), r.settingId(),
                r.settingName(), r.primaryNeed(), r.indicatedBand(), money(r.indicatedAnnualAmount()),
                r.indicatedExceptional(), r.assignedOfficer(), r.firstSubmittedAt(), r.ageDays(), r.dueDate(), r.overdue(),
                r.workingDaysOverdue());
    }

    static Detail detail(CaseDetail c) {
        var s = c.summary();
        return new Detail(s.id(), s.reference(), c.version(), s.state().name(), s.assessmentId(), s.pupilId(),
                s.settingId(), c.primaryNeed(), s.indicatedTotal().stripTrailingZeros().toPlainString(),
                s.indicatedBand(), money(s.indicatedAnnualAmount()), s.indicatedExceptional(), s.requestedStartDate(),
                s.firstSubmittedAt(), s.lastSubmittedAt(), c.assignedOfficer(), c.infoRequestMessage(),
                c.withdrawnReason(), c.decision() == null ? null : decision(c.decision()),
                c.decisions().stream().map(CaseJson::decision).toList(),
                c.timeline().stream().map(CaseJson::event).toList(), c.disputeReason(), c.deadline().triageDueDate(),
                c.deadline().decisionDueDate(), c.deadline().dueDate(), c.deadline().overdue(),
                c.deadline().workingDaysOverdue());
    }

    static Decision decision(DecisionView d) {
        return new Decision(d.id(), d.outcome().name(), d.band(), money(d.annualAmount()), d.startDate(), d.endDate(),
                d.reviewDate(), d.startPolicy().name(), d.endTerms(), d.reasons(), d.writtenReason(), d.override(),
                d.overrideReason(), d.delegated(), d.needsApproval(), d.status(), d.decidedBy(), d.decidedAt(),
                d.approvedBy(), d.approvedAt(), d.refusedReason());
    }

    static Event event(AuditEntry e) {
        return new Event(e.occurredAt(), e.actor(), e.action(),
                JSON.readValue(e.detailsJson(), new TypeReference<Map<String, Object>>() { }));
    }

    private static String money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
