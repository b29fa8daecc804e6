package uk.openband.directory.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface PupilRepository extends JpaRepository<Pupil, Long>, JpaSpecificationExecutor<Pupil> {

    Optional<Pupil> findByUpn(String upn);

    List<Pupil> findByUpnIn(Collection<String> upns);
}
