package uk.openband.panels.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ModerationRepository extends JpaRepository<Moderation, Long> {

    List<Moderation> findByAgendaItemIdOrderByDomainCode(long agendaItemId);

    Optional<Moderation> findByAgendaItemIdAndDomainCode(long agendaItemId, String domainCode);
}
