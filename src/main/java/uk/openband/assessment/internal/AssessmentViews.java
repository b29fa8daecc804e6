package uk.openband.assessment.internal;

import java.util.HashMap;
import java.util.Map;
import uk.openband.assessment.Answer;
import uk.openband.assessment.AssessmentView;
import uk.openband.assessment.ProvisionLine;

/** Turns the aggregate into the view other code sees. */
public final class AssessmentViews {

    private AssessmentViews() {
    }

    public static AssessmentView of(Assessment a) {
        Map<String, Answer> answers = new HashMap<>();
        a.getAnswers().forEach((code, v) -> answers.put(code, new Answer(code, v.getLevel(), v.getEvidence())));
        return new AssessmentView(a.getId(), a.getPupilId(), a.getSettingId(), a.getSettingCategory(), a.getPurpose(),
                a.getFrameworkKey(), a.getFrameworkVersion(), a.getBandingKey(), a.getBandingVersion(), a.getState(),
                answers, a.isConsulted(), a.getRequestedStartDate(),
                a.getProvision().stream().map(p -> new ProvisionLine(p.getSupportType(), p.getHoursPerWeek(),
                        p.getCostPerWeek())).toList(),
                a.getReference(), a.getSubmittedAt(), a.getSubmittedBy(), a.getScoreTotal(), a.getScoreBand(),
                a.getScoreAnnualAmount(), a.getUpdatedAt(), a.getUpdatedBy(), a.getVersion());
    }

    public static Assessment.ProvisionValue provisionValue(ProvisionLine line) {
        return new Assessment.ProvisionValue(line.supportType(), line.hoursPerWeek(), line.costPerWeek());
    }
}
