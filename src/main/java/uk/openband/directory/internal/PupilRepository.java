package uk.openband.directory.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface PupilRepository extends JpaRepository<Pupil, Long>, JpaSpecificationExecutor<Pupil> {

    Optional<Pupil> findByUpn(String upn);

    List<Pupil> findByUpnIn(Collection<String> upns);

    /** Every pupil, from the counts kept per setting by triggers (V185), without counting the pupils. */
    @Query(value = "SELECT coalesce(sum(pupils), 0) FROM directory_pupil_count", nativeQuery = true)
    long countAll();

    /** The pupils of one setting, from the count kept for it. */
    @Query(value = "SELECT coalesce(sum(pupils), 0) FROM directory_pupil_count WHERE setting_id = :settingId",
            nativeQuery = true)
    long countInSetting(@Param("settingId") long settingId);
}
