package uk.openband.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.openband.common.SettingCategory;

/** An assessment as pages and the API show it. {@code version} is for optimistic locking. */
public record AssessmentView(long id, long pupilId, long settingId, SettingCategory settingCategory, Purpose purpose,
        String frameworkKey, String frameworkVersion, String bandingKey, String bandingVersion, AssessmentState state,
        Map<String, Answer> answers, boolean consulted, LocalDate requestedStartDate, List<ProvisionLine> provision,
        String reference, Instant submittedAt, String submittedBy, BigDecimal submittedTotal, String submittedBand,
        BigDecimal submittedAnnualAmount, Instant updatedAt, String updatedBy, long version) {

    public AssessmentView {
        answers = Map.copyOf(answers);
        provision = List.copyOf(provision);
    }

    public boolean editable() {
        return state.editable();
    }

    public Answer answer(String domainCode) {
        return answers.get(domainCode);
    }

    /** The chosen levels, for the scoring engine. */
    public Map<String, Integer> levels() {
        return answers.values().stream().collect(java.util.stream.Collectors.toMap(Answer::domainCode, Answer::level));
    }

    public BigDecimal provisionCostPerWeek() {
        return provision.stream().map(ProvisionLine::costPerWeek).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
