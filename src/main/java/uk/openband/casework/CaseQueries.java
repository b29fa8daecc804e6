package uk.openband.casework;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.openband.casework.internal.CaseIntake;
import uk.openband.casework.internal.FundingCaseRepository;

/** Reads cases for pages and other modules. */
@Service
@Transactional(readOnly = true)
public class CaseQueries {

    private final FundingCaseRepository cases;

    CaseQueries(FundingCaseRepository cases) {
        this.cases = cases;
    }

    public Optional<CaseSummary> forAssessment(long assessmentId) {
        return cases.findByAssessmentId(assessmentId).map(CaseIntake::summary);
    }

    public Optional<CaseSummary> byReference(String reference) {
        return cases.findByReference(reference).map(CaseIntake::summary);
    }
}
