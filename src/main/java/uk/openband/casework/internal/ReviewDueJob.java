package uk.openband.casework.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uk.openband.calendar.StageTargets;
import uk.openband.casework.CaseEvents;
import uk.openband.casework.CaseState;
import uk.openband.platform.ClusterJobs;

/**
 * Each morning, moves decided (or funded) cases whose decision's review date is within the review-notice weeks
 * ({@code openband.casework.targets.review-notice-weeks}) to {@code REVIEW_DUE}, through the aggregate, and tells
 * the school. Declined cases have no funding to review and stay decided. Runs once across every instance
 * ({@link ClusterJobs}); idempotent, because a moved case is no longer decided. Each case moves in its own
 * transaction: one that fails (say an officer changed it at that moment) is logged by reference and left for the
 * next run, and the others still move.
 */
@Component
public class ReviewDueJob {

    static final String JOB = "casework.review-due";
    private static final Logger log = LoggerFactory.getLogger(ReviewDueJob.class);

    private record Due(long caseId, long decisionId, LocalDate reviewDate) {
    }

    private final ClusterJobs jobs;
    private final JdbcTemplate jdbc;
    private final FundingCaseRepository cases;
    private final StageTargets targets;
    private final CaseNotifier notifier;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate eachCase;

    ReviewDueJob(ClusterJobs jobs, JdbcTemplate jdbc, FundingCaseRepository cases, StageTargets targets,
            CaseNotifier notifier, ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
        this.eachCase = new TransactionTemplate(transactions);
        this.eachCase.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.cases = cases;
        this.targets = targets;
        this.notifier = notifier;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "${openband.casework.review-due-cron:0 0 6 * * *}", zone = "${openband.time-zone}")
    void scheduled() {
        jobs.runOncePer(JOB, Duration.ofHours(20), () -> moveDueCases(LocalDate.now(clock)));
    }

    /** Moves every case due for review on {@code today}, each in its own transaction; returns how many moved. */
    public int moveDueCases(LocalDate today) {
        LocalDate latestReview = today.plusWeeks(targets.settings().reviewNoticeWeeks());
        List<Due> due = jdbc.query("SELECT c.id, d.id, d.review_date FROM funding_case c "
                + "JOIN case_decision d ON d.id = c.decision_id "
                + "WHERE c.state IN ('DECIDED', 'FUNDED') AND d.status = 'IN_FORCE' AND d.outcome <> 'DECLINE' "
                + "AND d.review_date <= ? ORDER BY c.id",
                (rs, i) -> new Due(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate()), Date.valueOf(latestReview));
        int moved = 0;
        int failed = 0;
        for (Due d : due) {
            if (!targets.isReviewDue(d.reviewDate(), today)) {
                continue;
            }
            try {
                if (Boolean.TRUE.equals(eachCase.execute(status -> moveOne(d)))) {
                    moved++;
                }
            } catch (RuntimeException e) {
                failed++;
                log.warn("Case {} could not be moved to review due ({}); left for the next run", d.caseId(),
                        e.getClass().getSimpleName());
            }
        }
        if (moved > 0 || failed > 0) {
            log.info("Moved {} cases to review due; {} failed", moved, failed);
        }
        return moved;
    }

    /** Moves one case, if it is still decided or funded (another run may have moved it since the query). */
    private boolean moveOne(Due d) {
        FundingCase c = cases.findById(d.caseId()).orElseThrow();
        if (c.getState() != CaseState.DECIDED && c.getState() != CaseState.FUNDED) {
            return false;
        }
        String from = c.getState().name();
        c.markReviewDue();
        cases.saveAndFlush(c);
        events.publishEvent(new CaseEvents.ReviewDue(c.getId(), from, d.decisionId(), d.reviewDate()));
        notifier.reviewDue(c, d.reviewDate());
        return true;
    }
}
