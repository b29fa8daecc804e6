package uk.openband.casework.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FundingCaseRepository extends JpaRepository<FundingCase, Long> {

    Optional<FundingCase> findByAssessmentId(long assessmentId);

    Optional<FundingCase> findByReference(String reference);
}
