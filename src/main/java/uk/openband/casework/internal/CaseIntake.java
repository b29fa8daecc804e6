package uk.openband.casework.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.openband.assessment.AssessmentEvents;
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

    CaseIntake(FundingCaseRepository cases, ApplicationEventPublisher events, PupilRegistry pupils) {
        this.cases = cases;
        this.events = events;
        this.pupils = pupils;
    }

    @EventListener
    void on(AssessmentEvents.Submitted submitted) {
        cases.findByAssessmentId(submitted.assessmentId()).ifPresentOrElse(existing -> {
            if (existing.getState() == CaseState.INFO_REQUESTED) {
                existing.resubmit(submitted);
                cases.saveAndFlush(existing);
                events.publishEvent(new CaseEvents.Resubmitted(existing.getId(), CaseState.INFO_REQUESTED.name()));
            }
        }, () -> {
            FundingCase opened = cases.saveAndFlush(FundingCase.open(submitted, primaryNeed(submitted.pupilId())));
            events.publishEvent(new CaseEvents.Opened(opened.getId(), opened.getReference(), opened.getAssessmentId()));
        });
    }

    private String primaryNeed(long pupilId) {
        return pupils.find(PupilScope.allSettings(), pupilId).map(p -> p.primaryNeed().code()).orElse(null);
    }

    public static CaseSummary summary(FundingCase c) {
        return new CaseSummary(c.getId(), c.getReference(), c.getAssessmentId(), c.getPupilId(), c.getSettingId(),
                c.getState(), c.getIndicatedTotal(), c.getIndicatedBand(), c.getIndicatedAnnualAmount(),
                c.isIndicatedExceptional(), c.getRequestedStartDate(), c.getFirstSubmittedAt(), c.getLastSubmittedAt());
    }
}
