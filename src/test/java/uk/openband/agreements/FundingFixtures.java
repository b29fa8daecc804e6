package uk.openband.agreements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.openband.assessment.AssessmentManagement;
import uk.openband.assessment.AssessmentView;
import uk.openband.casework.CaseDecisions;
import uk.openband.casework.CaseDetail;
import uk.openband.casework.CaseFixtures;
import uk.openband.casework.CaseQueries;
import uk.openband.casework.CaseWorkflow;
import uk.openband.casework.DecisionOutcome;
import uk.openband.casework.DecisionRequest;
import uk.openband.directory.NewSetting;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.SettingDirectory;
import uk.openband.common.SettingCategory;

/**
 * Funding agreements and payment lines for statement and budget tests. Each agreement is the one a real
 * decision made (a new pupil's); {@link #agreement} then moves it to the test's own setting and dates and
 * replaces its lines with SQL, so that each test controls every amount and its sums are its own.
 * Keep every agreement's days inside the term calendar (academic years 2019/20 to 2034/35): saving the
 * payment settings works out every agreement's lines again and refuses a day in no term.
 */
@Component
public final class FundingFixtures {

    private final JdbcTemplate jdbc;
    private final AssessmentManagement assessments;
    private final PupilRegistry pupils;
    private final SettingDirectory settings;
    private final CaseQueries cases;
    private final CaseWorkflow workflow;
    private final CaseDecisions decisions;

    public FundingFixtures(JdbcTemplate jdbc, AssessmentManagement assessments, PupilRegistry pupils,
            SettingDirectory settings, CaseQueries cases, CaseWorkflow workflow, CaseDecisions decisions) {
        this.jdbc = jdbc;
        this.assessments = assessments;
        this.pupils = pupils;
        this.settings = settings;
        this.cases = cases;
        this.workflow = workflow;
        this.decisions = decisions;
    }

    /** A decided case: its id, its pupil and its decision. */
    public record Decided(long caseId, long pupilId, long decisionId) {
    }

    /** A new open setting of the category, with a URN no other test uses. */
    public long newSetting(SettingCategory category, String name) {
        for (int attempt = 0; attempt < 20; attempt++) {
            String urn = Integer.toString(700000 + ThreadLocalRandom.current().nextInt(290000));
            if (settings.findByUrn(urn).isEmpty()) {
                return settings.add(new NewSetting(urn, null, name, "Test", "Primary", category, "AB1 2CD")).id();
            }
        }
        throw new IllegalStateException("no free URN");
    }

    /** A case decided under delegation for a new pupil at the demo school. */
    public Decided decided() {
        AssessmentView a = CaseFixtures.submitted(assessments, pupils, settings, CaseFixtures.BAND_3);
        CaseDetail c = cases.detail(cases.forAssessment(a.id()).orElseThrow().id()).orElseThrow();
        workflow.assign(c.id(), c.version(), "officer");
        c = cases.detail(c.id()).orElseThrow();
        decisions.decideUnderDelegation(c.id(), c.version(), new DecisionRequest(DecisionOutcome.AGREE_INDICATED,
                null, null, null, null, null, LocalDate.of(2027, 10, 1), List.of("EVIDENCE_SUPPORTS_LEVELS"),
                "The evidence supports every level.", null), "officer");
        long decision = jdbc.queryForObject("SELECT max(id) FROM case_decision WHERE case_id = ?", Long.class,
                c.id());
        return new Decided(c.id(), c.summary().pupilId(), decision);
    }

    /** The agreement the decision made (funding-core makes one for every decision that pays). */
    public long agreementOf(Decided d) {
        return jdbc.queryForObject("SELECT id FROM funding_agreement WHERE decision_id = ? AND source = 'DECISION'",
                Long.class, d.decisionId());
    }

    /**
     * The decision's agreement, moved to the setting with the given band and dates and with its payment
     * lines taken away, so that the test writes exactly the lines it wants to sum; answers its id.
     */
    public long agreement(Decided d, long settingId, String band, LocalDate decisionDate, LocalDate start,
            LocalDate end) {
        long id = agreementOf(d);
        jdbc.update("DELETE FROM funding_payment_line WHERE agreement_id = ?", id);
        jdbc.update("UPDATE funding_agreement SET setting_id = ?, band = ?, decision_date = ?, start_date = ?, "
                + "end_date = ?, planned_end_date = ?, review_date = ? WHERE id = ?", settingId, band, decisionDate,
                start, end, end, end, id);
        return id;
    }

    public String reference(long agreementId) {
        return jdbc.queryForObject("SELECT reference FROM funding_agreement WHERE id = ?", String.class, agreementId);
    }

    /** A payment line of the agreement, in the financial year of its first day. */
    public void line(long agreementId, int lineNo, LocalDate from, LocalDate to, String label, String kind,
            String amount) {
        int fy = from.getMonthValue() >= 4 ? from.getYear() : from.getYear() - 1;
        jdbc.update("INSERT INTO funding_payment_line (agreement_id, line_no, financial_year, period_from, period_to, "
                + "label, kind, amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", agreementId, lineNo, fy, from, to, label,
                kind, new BigDecimal(amount));
    }
}
