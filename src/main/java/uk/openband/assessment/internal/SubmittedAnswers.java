package uk.openband.assessment.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.openband.assessment.AnswerChange;
import uk.openband.assessment.AssessmentView;
import uk.openband.framework.scoring.Area;
import uk.openband.framework.scoring.Domain;
import uk.openband.framework.scoring.MatrixFramework;

/** Keeps the answers as sent, each time, and compares the last two sendings. */
@Component
public class SubmittedAnswers {

    private record Sent(int level, String evidence) {
    }

    private final JdbcTemplate jdbc;

    SubmittedAnswers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the answers of a sending; called in the transaction that submits. */
    public void record(AssessmentView a) {
        Integer last = jdbc.queryForObject("SELECT max(submission) FROM assessment_submitted_answer WHERE assessment_id = ?",
                Integer.class, a.id());
        int submission = last == null ? 1 : last + 1;
        a.answers().values().forEach(answer -> jdbc.update("INSERT INTO assessment_submitted_answer "
                        + "(assessment_id, submission, domain_code, level, evidence) VALUES (?, ?, ?, ?, ?)",
                a.id(), submission, answer.domainCode(), answer.level(), answer.evidence()));
    }

    /** What changed between the last two sendings, in the framework's order; empty after the first. */
    public List<AnswerChange> changesAtLastSending(long assessmentId, MatrixFramework framework) {
        Integer last = jdbc.queryForObject("SELECT max(submission) FROM assessment_submitted_answer WHERE assessment_id = ?",
                Integer.class, assessmentId);
        if (last == null || last < 2) {
            return List.of();
        }
        Map<String, Sent> before = sending(assessmentId, last - 1);
        Map<String, Sent> after = sending(assessmentId, last);
        List<AnswerChange> changes = new ArrayList<>();
        for (Area area : framework.areas()) {
            for (Domain domain : area.domains()) {
                Sent b = before.get(domain.code());
                Sent n = after.get(domain.code());
                Integer levelBefore = b == null ? null : b.level();
                Integer levelAfter = n == null ? null : n.level();
                boolean evidenceChanged = !Objects.equals(b == null ? null : b.evidence(), n == null ? null : n.evidence());
                if (!Objects.equals(levelBefore, levelAfter) || evidenceChanged) {
                    changes.add(new AnswerChange(domain.code(), domain.name(), levelBefore, levelAfter, evidenceChanged));
                }
            }
        }
        return changes;
    }

    private Map<String, Sent> sending(long assessmentId, int submission) {
        Map<String, Sent> answers = new HashMap<>();
        jdbc.query("SELECT domain_code, level, evidence FROM assessment_submitted_answer WHERE assessment_id = ? "
                        + "AND submission = ?",
                rs -> {
                    answers.put(rs.getString(1), new Sent(rs.getInt(2), rs.getString(3)));
                }, assessmentId, submission);
        return answers;
    }
}
