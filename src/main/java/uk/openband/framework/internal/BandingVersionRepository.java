package uk.openband.framework.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.openband.framework.VersionState;

public interface BandingVersionRepository extends JpaRepository<BandingVersion, Long> {

    Optional<BandingVersion> findByKeyAndVersion(String key, String version);

    boolean existsByKey(String key);

    List<BandingVersion> findAllByOrderByKeyAscEffectiveFromDescIdDesc();

    List<BandingVersion> findByFrameworkKeyAndStateOrderByEffectiveFromDescPublishedAtDesc(String frameworkKey,
            VersionState state);

    List<BandingVersion> findByStateOrderByEffectiveFromDescPublishedAtDesc(VersionState state);
}
