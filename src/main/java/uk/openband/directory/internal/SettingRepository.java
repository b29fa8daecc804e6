package uk.openband.directory.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SettingRepository extends JpaRepository<Setting, Long>,
        org.springframework.data.jpa.repository.JpaSpecificationExecutor<Setting> {

    List<Setting> findByUrnIn(java.util.Collection<String> urns);

    Optional<Setting> findByUrn(String urn);

    List<Setting> findByStatus(String status, Sort sort);
}
