package uk.openband.casework.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseDecisionRepository extends JpaRepository<CaseDecision, Long> {

    List<CaseDecision> findByCaseIdOrderByDecidedAtAscIdAsc(long caseId);
}
