package uk.openband.framework.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;
import uk.openband.framework.VersionState;

/** The queries both kinds of catalogue version answer; one repository per table extends it. */
@NoRepositoryBean
public interface CatalogueVersionRepository<V extends CatalogueVersion> extends JpaRepository<V, Long> {

    Optional<V> findByKeyAndVersion(String key, String version);

    boolean existsByKey(String key);

    List<V> findByStateOrderByEffectiveFromDescPublishedAtDesc(VersionState state);
}
