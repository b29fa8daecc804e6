package uk.openband.panels.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import uk.openband.casework.CaseEvents;
import uk.openband.panels.PanelEvents;
import uk.openband.panels.PanelMeetings;

/**
 * Takes disputed cases to a panel without an officer's hand: once a dispute is saved, the case
 * joins the next planned meeting; once a meeting is planned, the disputed cases waiting for one
 * join it. Each runs after the change that triggers it has committed, synchronously (so the page
 * shown next already has the case on the agenda), in its own transaction. If it fails (say the case
 * changed meanwhile) the dispute or the meeting stays saved, the failure is logged by case id, and
 * the event publication registry keeps the event to deliver again on the next start; meanwhile an
 * officer can list the case by hand. Both are idempotent: a case already listed is left alone.
 */
@Component
class DisputeListing {

    private static final Logger log = LoggerFactory.getLogger(DisputeListing.class);

    private final PanelMeetings meetings;

    DisputeListing(PanelMeetings meetings) {
        this.meetings = meetings;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void disputed(CaseEvents.CaseDisputed event) {
        try {
            meetings.takeDispute(event.caseId())
                    .ifPresent(id -> log.info("Disputed case {} joined the agenda of panel meeting {}", event.caseId(), id));
        } catch (RuntimeException e) {
            log.warn("Disputed case {} could not join a panel agenda (kept to retry on the next start); an officer "
                    + "can list it by hand: {}", event.caseId(), e.getClass().getSimpleName());
            throw e;
        }
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void planned(PanelEvents.MeetingCreated event) {
        try {
            int taken = meetings.takeWaitingDisputes(event.meetingId());
            if (taken > 0) {
                log.info("{} disputed cases joined the agenda of new panel meeting {}", taken, event.meetingId());
            }
        } catch (RuntimeException e) {
            log.warn("Disputed cases could not join new panel meeting {} (kept to retry on the next start); an "
                    + "officer can add them by hand: {}", event.meetingId(), e.getClass().getSimpleName());
            throw e;
        }
    }
}
