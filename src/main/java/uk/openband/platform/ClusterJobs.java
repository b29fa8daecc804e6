package uk.openband.platform;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs scheduled work once across every instance of OpenBand behind a load balancer. Each job takes a
 * PostgreSQL transaction-level advisory lock ({@code pg_try_advisory_xact_lock}) keyed by its name: the
 * instance that gets it runs the job inside that transaction, the others skip at once rather than wait.
 * The lock is released when the transaction ends, also when the instance dies. Typical use, from a
 * module's {@code @Scheduled} method:
 *
 * <pre>
 * &#64;Scheduled(cron = "${openband.casework.review-due-cron:0 0 6 * * *}", zone = "${openband.time-zone}")
 * void moveCasesToReviewDue() {
 *     jobs.runOncePer("casework.review-due", Duration.ofHours(20), reviews::moveDueCases);
 * }
 * </pre>
 *
 * Jobs should still be idempotent (move only the cases not yet moved): a job that fails rolls back and
 * runs again on its next trigger.
 *
 * <p>Why not ShedLock's JDBC provider (see {@code docs/operating.md}): its lock lasts until a time
 * ({@code lockAtMostFor}), so a run that overruns it can run twice at once and a dead instance keeps the job
 * locked until it expires, and its {@code lockAtLeastFor} counts a failed run. This lock lasts exactly as
 * long as the job's transaction (PostgreSQL drops it with a dead instance's connection), a failed run's
 * record rolls back with it, and the period is measured with the application's {@link Clock}. The cost: the
 * job holds a transaction and a connection while it runs, and it needs PostgreSQL.
 */
@Component
public class ClusterJobs {

    private static final Logger log = LoggerFactory.getLogger(ClusterJobs.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ClusterJobs(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Runs the job unless another instance (or thread) is running it now. Returns true when it ran here,
     * false when it was skipped. The job runs in a new transaction that holds the lock; an exception
     * from the job rolls it back and is thrown on.
     */
    public boolean runExclusively(String jobName, Runnable job) {
        return runOncePer(jobName, Duration.ZERO, job);
    }

    /**
     * Like {@link #runExclusively}, and also skips the job when it last started less than {@code period}
     * ago on any instance: for work meant to happen once a day, however many instances trigger it.
     */
    public boolean runOncePer(String jobName, Duration period, Runnable job) {
        Objects.requireNonNull(job, "job");
        long key = lockKey(jobName);
        Boolean ran = transaction.execute(status -> {
            if (!Boolean.TRUE.equals(jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(?)", Boolean.class, key))) {
                log.debug("Scheduled job {} is running on another instance; skipped here", jobName);
                return false;
            }
            Instant now = clock.instant();
            if (!period.isZero() && startedWithin(jobName, now.minus(period))) {
                log.debug("Scheduled job {} already ran in the last {}; skipped", jobName, period);
                return false;
            }
            jdbc.update("INSERT INTO scheduled_job_run (job_name, last_started_at, last_finished_at) VALUES (?, ?, NULL) "
                            + "ON CONFLICT (job_name) DO UPDATE SET last_started_at = EXCLUDED.last_started_at, "
                            + "last_finished_at = NULL", jobName, Timestamp.from(now));
            job.run();
            jdbc.update("UPDATE scheduled_job_run SET last_finished_at = ? WHERE job_name = ?",
                    Timestamp.from(later(now, clock.instant())), jobName);
            log.info("Scheduled job {} ran", jobName);
            return true;
        });
        return Boolean.TRUE.equals(ran);
    }

    private boolean startedWithin(String jobName, Instant since) {
        List<Timestamp> last = jdbc.queryForList("SELECT last_started_at FROM scheduled_job_run WHERE job_name = ?",
                Timestamp.class, jobName);
        return !last.isEmpty() && last.get(0).toInstant().isAfter(since);
    }

    /** A frozen clock in tests gives the same instant twice; the finish is never before the start. */
    private static Instant later(Instant a, Instant b) {
        return b.isBefore(a) ? a : b;
    }

    /** A stable 64-bit key for the job name: the first 8 bytes of its SHA-256. */
    static long lockKey(String jobName) {
        if (jobName == null || jobName.isBlank() || jobName.length() > 100) {
            throw new IllegalArgumentException("A scheduled job needs a name of 1 to 100 characters, not \"" + jobName
                    + "\"");
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(jobName.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
