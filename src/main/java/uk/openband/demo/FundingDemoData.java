package uk.openband.demo;

import java.time.LocalDate;
import java.time.Month;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.openband.assessment.Answer;
import uk.openband.assessment.AssessmentManagement;
import uk.openband.assessment.AssessmentView;
import uk.openband.assessment.Purpose;
import uk.openband.casework.CaseDecisions;
import uk.openband.casework.CaseQueries;
import uk.openband.casework.CaseSummary;
import uk.openband.casework.CaseWorkflow;
import uk.openband.casework.DecisionOutcome;
import uk.openband.casework.DecisionRequest;
import uk.openband.casework.StartPolicy;
import uk.openband.directory.PupilQuery;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.PupilScope;
import uk.openband.directory.PupilSummary;
import uk.openband.finance.CostCode;
import uk.openband.finance.CostCodes;
import uk.openband.agreements.FundingAgreements;

/**
 * Two demo pupils' requests decided, so the demo has funding agreements with payment lines: one
 * at Brookfield (URN 100001), one at Hillside (URN 100002), each backdated to the start of the
 * academic year so the schedule shows arrears. Runs after the demo users, pupils and tariff;
 * a pupil who already has an agreement or a request is left alone, so running it again changes nothing.
 */
@Component
@ConditionalOnBooleanProperty("openband.demo")
@Order(30)
class FundingDemoData implements ApplicationRunner {

    /** UPNs of the demo pupils whose requests are decided. */
    static final List<String> FUNDED_UPNS = List.of("N999200123002", "N999400122002");

    private static final Logger log = LoggerFactory.getLogger(FundingDemoData.class);

    private final PupilRegistry pupils;
    private final AssessmentManagement assessments;
    private final CaseQueries cases;
    private final CaseWorkflow workflow;
    private final CaseDecisions decisions;
    private final FundingAgreements funding;
    private final CostCodes costCodes;
    private final TransactionTemplate tx;
    private final Clock clock;

    FundingDemoData(PupilRegistry pupils, AssessmentManagement assessments, CaseQueries cases, CaseWorkflow workflow,
            CaseDecisions decisions, FundingAgreements funding, CostCodes costCodes, TransactionTemplate tx,
            Clock clock) {
        this.pupils = pupils;
        this.assessments = assessments;
        this.cases = cases;
        this.workflow = workflow;
        this.decisions = decisions;
        this.funding = funding;
        this.costCodes = costCodes;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        setDemoCostCodes();
        int made = 0;
        for (String upn : FUNDED_UPNS) {
            try {
                Boolean done = tx.execute(status -> fund(upn));
                made += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("Demo data: no funding agreement made for a demo pupil: {}", e.getMessage());
            }
        }
        if (made > 0) {
            log.info("Loaded demo data: {} decided requests with funding agreements", made);
        }
    }

    /** Demo cost codes for every setting category that has none, so a finance officer can make a batch at once. */
    private void setDemoCostCodes() {
        List<CostCode> missing = costCodes.costCodes().stream().filter(c -> !c.isSet())
                .map(c -> new CostCode(c.category(), "HN-" + c.category().ordinal() + "0" + (c.category().ordinal() + 1),
                        "5" + (210 + c.category().ordinal())))
                .toList();
        if (!missing.isEmpty()) {
            costCodes.saveCostCodes(missing, "system");
            log.info("Loaded demo data: cost codes for {} setting categories", missing.size());
        }
    }

    private boolean fund(String upn) {
        List<PupilSummary> found = pupils.search(PupilScope.allSettings(), new PupilQuery(upn, null), 1).pupils();
        if (found.isEmpty()) {
            return false;
        }
        PupilSummary pupil = found.get(0);
        if (!funding.search(PupilScope.allSettings(), pupil.id(), null, null).isEmpty()
                || !assessments.forPupil(PupilScope.allSettings(), pupil.id()).isEmpty()) {
            return false;
        }
        PupilScope school = PupilScope.setting(pupil.settingId());
        AssessmentView a = assessments.start(school, pupil.id(), Purpose.NEW_REQUEST, "senco");
        List<Answer> answers = assessments.framework(a).domains().stream()
                .map(d -> new Answer(d.code(), 1, "Observed in class and in the provision map."))
                .toList();
        a = assessments.saveAnswers(school, a.id(), a.version(), answers, List.of(), "senco");
        LocalDate today = LocalDate.now(clock);
        LocalDate yearStart = LocalDate.of(today.getMonthValue() >= Month.SEPTEMBER.getValue() ? today.getYear()
                : today.getYear() - 1, Month.SEPTEMBER, 1);
        a = assessments.saveDetails(school, a.id(), a.version(), true, yearStart, List.of(), "senco");
        a = assessments.submit(school, a.id(), a.version(), "senco");
        CaseSummary c = cases.forAssessment(a.id()).orElseThrow();
        workflow.assign(c.id(), cases.detail(c.id()).orElseThrow().version(), "officer");
        decisions.decideUnderDelegation(c.id(), cases.detail(c.id()).orElseThrow().version(),
                new DecisionRequest(DecisionOutcome.AGREE_INDICATED, null, null, StartPolicy.CHOSEN, yearStart, 3,
                        yearStart.plusMonths(10), List.of("EVIDENCE_SUPPORTS_LEVELS"),
                        "The evidence supports the levels chosen in every area.", null), "officer");
        return true;
    }
}
