package uk.openband.casework.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.openband.assessment.AssessmentEvents;
import uk.openband.calendar.Stage;
import uk.openband.calendar.StageTargets;
import uk.openband.casework.CaseEvents;
import uk.openband.casework.CaseState;
import uk.openband.casework.CaseSummary;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.PupilScope;

/**
 * Opens a case when an assessment is submitted, in the same transaction, and returns a case to
 * the queue when a returned assessment is sent again. Idempotent: the same event twice changes
 * nothing the second time.
 */
@Component
public class CaseIntake {

    private final FundingCaseRepository cases;
    private final ApplicationEventPublisher events;
    private final PupilRegistry pupils;
    private final StageTargets targets;
    private final Clock clock;

    CaseIntake(FundingCaseRepository cases, ApplicationEventPublisher events, PupilRegistry pupils,
            StageTargets targets, Clock clock) {
        this.cases = cases;
        this.events = events;
        this.pupils = pupils;
        this.targets = targets;
        this.clock = clock;
    }

    @EventListener
    void on(AssessmentEvents.Submitted submitted) {
        cases.findByAssessmentId(submitted.assessmentId()).ifPresentOrElse(existing -> {
            if (existing.getState() == CaseState.INFO_REQUESTED) {
                existing.resubmit(submitted);
                scheduleDue(existing, submitted);
                cases.saveAndFlush(existing);
            }
        }, () -> {
            FundingCase fresh = FundingCase.open(submitted, primaryNeed(submitted.pupilId()));
            scheduleDue(fresh, submitted);
            // Published here, not registered by the case: its id exists only once it is saved.
            FundingCase opened = cases.saveAndFlush(fresh);
            events.publishEvent(new CaseEvents.Opened(opened.getId(), opened.getReference(), opened.getAssessmentId()));
        });
    }

    /** Due dates count from the day of this submission (the clock restarts when the school resubmits). */
    private void scheduleDue(FundingCase c, AssessmentEvents.Submitted s) {
        LocalDate day = s.submittedAt().atZone(clock.getZone()).toLocalDate();
        c.scheduleDue(targets.dueDate(Stage.TRIAGE, day), targets.dueDate(Stage.DECISION, day));
    }

    private String primaryNeed(long pupilId) {
        return pupils.find(PupilScope.allSettings(), pupilId).map(p -> p.primaryNeed().code()).orElse(null);
    }

    public static CaseSummary summary(FundingCase c) {
        return new CaseSummary(c.getId(), c.getReference(), c.getAssessmentId(), c.getPupilId(), c.getSettingId(),
                c.getState(), c.getIndicatedTotal(), c.getIndicatedBand(), c.getIndicatedAnnualAmount(),
                c.isIndicatedExceptional(), c.getRequestedStartDate(), c.getFirstSubmittedAt(), c.getLastSubmittedAt(),
                c.getVersion());
    }
}
