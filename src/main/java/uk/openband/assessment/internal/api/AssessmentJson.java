package uk.openband.assessment.internal.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.openband.assessment.Answer;
import uk.openband.assessment.AssessmentView;
import uk.openband.assessment.CaseStatusLookup.CaseStatus;
import uk.openband.framework.scoring.Domain;
import uk.openband.framework.scoring.MatrixFramework;
import uk.openband.framework.scoring.ScoreResult;

/** An assessment as the API shows it. Amounts of money are strings with two decimal places. */
@Schema(name = "Assessment")
record AssessmentJson(
        long id, long pupilId, long settingId,
        @Schema(example = "MAINSTREAM") String settingCategory,
        @Schema(allowableValues = {"NEW_REQUEST", "ANNUAL_REVIEW"}) String purpose,
        @Schema(allowableValues = {"DRAFT", "SUBMITTED", "RETURNED"}) String state,
        @Schema(description = "false once submitted, until the local authority returns it") boolean editable,
        @Schema(description = "the framework version the assessment is pinned to") VersionRef framework,
        @Schema(description = "the tariff (banding table) version the assessment is pinned to") VersionRef banding,
        @Schema(description = "domain code to the chosen level and evidence, in the framework's order; "
                + "unanswered domains are left out") Map<String, AnswerJson> answers,
        @Schema(description = "the parent or young person has been consulted") boolean consulted,
        LocalDate requestedStartDate,
        List<ProvisionJson> provision,
        @Schema(example = "250.00") String provisionCostPerWeek,
        @Schema(example = "OB-2026-000123", nullable = true) String reference,
        Instant submittedAt, String submittedBy,
        @Schema(description = "the score of the levels chosen so far (unanswered domains count as 0), "
                + "worked out by the server") ScoreJson indicativeScore,
        @Schema(nullable = true, description = "the score recorded when it was last submitted") SubmittedScoreJson submittedScore,
        @Schema(nullable = true, description = "the funding request case the submission opened") CaseJson fundingCase,
        Instant updatedAt, String updatedBy,
        @Schema(description = "send it back with every change (optimistic locking)") long version) {

    record VersionRef(String key, String version) {
    }

    record AnswerJson(int level, @Schema(nullable = true) String evidence,
            @Schema(description = "the framework asks for evidence at this level") boolean evidenceRequired) {
    }

    record ProvisionJson(String supportType, @Schema(example = "12.50") String hoursPerWeek,
            @Schema(example = "250.00") String costPerWeek) {
    }

    record ScoreJson(BigDecimal total, BigDecimal maxTotal, @Schema(nullable = true) String band, boolean topUp,
            @Schema(nullable = true, example = "5459.00", description = "none when exceptional") String annualAmount,
            boolean exceptional, List<String> trace) {
    }

    record SubmittedScoreJson(BigDecimal total, @Schema(nullable = true) String band,
            @Schema(nullable = true) String annualAmount) {
    }

    record CaseJson(long id, String reference, @Schema(example = "SUBMITTED") String state, String stateLabel) {
    }

    static AssessmentJson of(AssessmentView a, MatrixFramework framework, ScoreResult score, CaseStatus fundingCase) {
        Map<String, AnswerJson> answers = new LinkedHashMap<>();
        for (Domain d : framework.domains()) {
            Answer answer = a.answer(d.code());
            if (answer != null) {
                answers.put(d.code(), new AnswerJson(answer.level(), answer.evidence(),
                        framework.evidenceRequiredAt(answer.level())));
            }
        }
        List<ProvisionJson> provision = a.provision().stream().map(p -> new ProvisionJson(p.supportType(),
                money(p.hoursPerWeek()), money(p.costPerWeek()))).toList();
        ScoreJson indicative = new ScoreJson(score.total(), framework.maxTotal(), score.band(), score.topUp(),
                money(score.annualAmount()), score.exceptional(), score.trace());
        SubmittedScoreJson submitted = a.submittedTotal() == null ? null
                : new SubmittedScoreJson(a.submittedTotal(), a.submittedBand(), money(a.submittedAnnualAmount()));
        CaseJson caseJson = fundingCase == null ? null : new CaseJson(fundingCase.caseId(), fundingCase.reference(),
                fundingCase.state(), fundingCase.stateLabel());
        return new AssessmentJson(a.id(), a.pupilId(), a.settingId(), a.settingCategory().name(), a.purpose().name(),
                a.state().name(), a.editable(), new VersionRef(a.frameworkKey(), a.frameworkVersion()),
                new VersionRef(a.bandingKey(), a.bandingVersion()), answers, a.consulted(), a.requestedStartDate(),
                provision, money(a.provisionCostPerWeek()), a.reference(), a.submittedAt(), a.submittedBy(), indicative,
                submitted, caseJson, a.updatedAt(), a.updatedBy(), a.version());
    }

    /** Two decimal places, as a string; null stays null. */
    static String money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** One line of a pupil's list of assessments. */
    @Schema(name = "AssessmentListItem")
    record Item(long id, String purpose, String state, @Schema(nullable = true) String reference,
            VersionRef framework, Instant submittedAt, Instant updatedAt, long version) {

        static Item of(AssessmentView a) {
            return new Item(a.id(), a.purpose().name(), a.state().name(), a.reference(),
                    new VersionRef(a.frameworkKey(), a.frameworkVersion()), a.submittedAt(), a.updatedAt(), a.version());
        }
    }
}
