package uk.openband.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import uk.openband.testsupport.WebTest;

@WebTest
class ClusterJobsTest {

    @Autowired
    ClusterJobs jobs;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskScheduler scheduler;

    @Autowired
    ApplicationContext context;

    @Autowired
    DataSource dataSource;

    @Test
    void two_callers_at_once_run_the_job_once() throws Exception {
        String name = "test.concurrent." + UUID.randomUUID();
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch firstIsRunning = new CountDownLatch(1);
        CountDownLatch secondHasTried = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> first = pool.submit(() -> jobs.runExclusively(name, () -> {
                runs.incrementAndGet();
                firstIsRunning.countDown();
                await(secondHasTried);
            }));
            assertThat(firstIsRunning.await(10, TimeUnit.SECONDS)).isTrue();
            Future<Boolean> second = pool.submit(() -> {
                try {
                    return jobs.runExclusively(name, runs::incrementAndGet);
                } finally {
                    secondHasTried.countDown();
                }
            });
            assertThat(second.get(10, TimeUnit.SECONDS)).as("the second caller skips while the first runs").isFalse();
            assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            pool.shutdownNow();
        }
        assertThat(runs).hasValue(1);
    }

    @Test
    void the_lock_is_released_when_the_job_ends_even_when_it_fails() {
        String name = "test.release." + UUID.randomUUID();
        assertThatThrownBy(() -> jobs.runExclusively(name, () -> {
            throw new IllegalStateException("job failed");
        })).hasMessage("job failed");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM scheduled_job_run WHERE job_name = ?", Integer.class, name))
                .as("a failed run is rolled back").isZero();
        AtomicInteger runs = new AtomicInteger();
        assertThat(jobs.runExclusively(name, runs::incrementAndGet)).isTrue();
        assertThat(jobs.runExclusively(name, runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(2);
    }

    @Test
    void a_job_meant_to_run_once_a_period_runs_once_in_that_period() {
        String name = "test.period." + UUID.randomUUID();
        AtomicInteger runs = new AtomicInteger();
        assertThat(jobs.runOncePer(name, Duration.ofHours(20), runs::incrementAndGet)).isTrue();
        assertThat(jobs.runOncePer(name, Duration.ofHours(20), runs::incrementAndGet)).isFalse();
        assertThat(runs).hasValue(1);
        assertThat(jdbc.queryForObject("SELECT last_finished_at IS NOT NULL FROM scheduled_job_run WHERE job_name = ?",
                Boolean.class, name)).isTrue();
        // Pretend the last run was a day ago: it runs again.
        jdbc.update("UPDATE scheduled_job_run SET last_started_at = last_started_at - interval '1 day', "
                + "last_finished_at = last_finished_at - interval '1 day' WHERE job_name = ?", name);
        assertThat(jobs.runOncePer(name, Duration.ofHours(20), runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(2);
    }

    @Test
    void the_lock_of_an_instance_that_dies_goes_with_its_connection() throws Exception {
        String name = "test.dies." + UUID.randomUUID();
        AtomicInteger runs = new AtomicInteger();
        Connection other = dataSource.getConnection();
        try {
            other.setAutoCommit(false);
            int pid;
            try (Statement sql = other.createStatement()) {
                ResultSet rs = sql.executeQuery("SELECT pg_backend_pid()");
                rs.next();
                pid = rs.getInt(1);
                sql.execute("SELECT pg_advisory_xact_lock(" + ClusterJobs.lockKey(name) + ")");
            }
            assertThat(jobs.runExclusively(name, runs::incrementAndGet)).as("held by the other instance").isFalse();
            jdbc.queryForObject("SELECT pg_terminate_backend(?)", Boolean.class, pid);
            long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!jobs.runExclusively(name, runs::incrementAndGet) && System.nanoTime() < giveUp) {
                Thread.sleep(50);
            }
        } finally {
            try {
                other.close();
            } catch (SQLException e) {
                // the connection was killed on purpose
            }
        }
        assertThat(runs).as("runs once the dead connection's lock is gone, with no timeout to wait for").hasValue(1);
    }

    @Test
    void job_names_give_stable_distinct_keys_and_a_blank_name_is_refused() {
        assertThat(ClusterJobs.lockKey("casework.review-due")).isEqualTo(ClusterJobs.lockKey("casework.review-due"));
        assertThat(ClusterJobs.lockKey("casework.review-due")).isNotEqualTo(ClusterJobs.lockKey("casework.moderation"));
        assertThatThrownBy(() -> ClusterJobs.lockKey(" ")).hasMessageContaining("needs a name");
    }

    @Test
    void scheduling_is_on_with_a_task_scheduler() {
        assertThat(context.getBeansOfType(ScheduledAnnotationBeanPostProcessor.class)).as("@EnableScheduling").isNotEmpty();
        assertThat(scheduler).isInstanceOf(ThreadPoolTaskScheduler.class);
        assertThat(((ThreadPoolTaskScheduler) scheduler).getThreadNamePrefix()).isEqualTo("openband-job-");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the second caller never tried");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
