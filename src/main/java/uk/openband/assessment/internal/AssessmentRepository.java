package uk.openband.assessment.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    List<Assessment> findByPupilIdOrderByCreatedAtDesc(long pupilId);

    @Query(value = "SELECT nextval('assessment_reference_seq')", nativeQuery = true)
    long nextReferenceNumber();
}
