package uk.openband.agreements.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import uk.openband.agreements.AgreementSource;
import uk.openband.agreements.AgreementStatus;

public interface FundingAgreementRepository extends JpaRepository<FundingAgreement, Long> {

    Optional<FundingAgreement> findByDecisionIdAndSource(long decisionId, AgreementSource source);

    List<FundingAgreement> findByPupilIdAndStatusOrderByStartDateAscIdAsc(long pupilId, AgreementStatus status);

    @Query(value = "SELECT * FROM funding_agreement a WHERE (CAST(:pupil AS BIGINT) IS NULL OR a.pupil_id = :pupil) "
            + "AND (CAST(:setting AS BIGINT) IS NULL OR a.setting_id = :setting) "
            + "AND (CAST(:activeOn AS DATE) IS NULL OR (a.start_date <= CAST(:activeOn AS DATE) "
            + "AND a.end_date >= CAST(:activeOn AS DATE))) "
            + "ORDER BY a.start_date DESC, a.id DESC LIMIT 1000", nativeQuery = true)
    List<FundingAgreement> search(@Param("pupil") Long pupil, @Param("setting") Long setting,
            @Param("activeOn") LocalDate activeOn);

    @Query("SELECT a FROM FundingAgreement a WHERE a.status = uk.openband.agreements.AgreementStatus.ACTIVE "
            + "AND a.startDate <= :day AND a.endDate >= :day ORDER BY a.id")
    List<FundingAgreement> activeOn(@Param("day") LocalDate day);

    @Query("SELECT a FROM FundingAgreement a WHERE a.status = uk.openband.agreements.AgreementStatus.ACTIVE "
            + "AND a.endDate >= :day ORDER BY a.id")
    List<FundingAgreement> activeFrom(@Param("day") LocalDate day);

    @Query(value = "SELECT nextval('funding_agreement_reference_seq')", nativeQuery = true)
    long nextReference();
}
