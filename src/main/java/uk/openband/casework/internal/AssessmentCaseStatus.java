package uk.openband.casework.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.openband.assessment.CaseStatusLookup;

/** Tells the assessment module which case a submitted assessment opened and where it is. */
@Component
class AssessmentCaseStatus implements CaseStatusLookup {

    private final FundingCaseRepository cases;

    AssessmentCaseStatus(FundingCaseRepository cases) {
        this.cases = cases;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CaseStatus> forAssessment(long assessmentId) {
        return cases.findByAssessmentId(assessmentId).map(c -> new CaseStatus(c.getId(), c.getReference(),
                c.getState().name(), c.getState().label(), c.getInfoRequestMessage()));
    }
}
