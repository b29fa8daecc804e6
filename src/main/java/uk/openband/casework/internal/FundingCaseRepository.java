package uk.openband.casework.internal;

import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.openband.platform.Conflict;
import uk.openband.platform.NotFound;

public interface FundingCaseRepository extends JpaRepository<FundingCase, Long> {

    Optional<FundingCase> findByAssessmentId(long assessmentId);

    Optional<FundingCase> findByReference(String reference);

    /** The case, or {@link NotFound}. */
    default FundingCase get(long caseId) {
        return findById(caseId).orElseThrow(() -> new NotFound("casework.notFound.case", caseId));
    }

    /**
     * The case as the person saw it: {@link NotFound} when there is none, {@link Conflict} when someone saved it
     * since (its version is no longer {@code expectedVersion}).
     */
    default FundingCase atVersion(long caseId, long expectedVersion) {
        FundingCase c = get(caseId);
        if (c.getVersion() != expectedVersion) {
            throw new Conflict("casework.conflict.case", caseId);
        }
        return c;
    }

    /**
     * Saves the case now, which publishes the events its transitions registered; {@link Conflict} when someone
     * saved it after it was loaded.
     */
    default void saveChecked(FundingCase c) {
        try {
            saveAndFlush(c);
        } catch (OptimisticLockingFailureException e) {
            throw new Conflict("casework.conflict.case", c.getId());
        }
    }
}
