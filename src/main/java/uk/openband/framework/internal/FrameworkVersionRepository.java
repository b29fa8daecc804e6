package uk.openband.framework.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.openband.framework.VersionState;

public interface FrameworkVersionRepository extends JpaRepository<FrameworkVersion, Long> {

    Optional<FrameworkVersion> findByKeyAndVersion(String key, String version);

    boolean existsByKey(String key);

    List<FrameworkVersion> findAllByOrderByKeyAscEffectiveFromDescIdDesc();

    List<FrameworkVersion> findByStateOrderByEffectiveFromDescPublishedAtDesc(VersionState state);
}
