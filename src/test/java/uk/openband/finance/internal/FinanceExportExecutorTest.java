package uk.openband.finance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import uk.openband.testsupport.WebTest;

/** Batches are made on finance's own bounded executor, which lets a batch finish when the application stops. */
@WebTest
class FinanceExportExecutorTest {

    @Autowired
    @Qualifier(ExportExecutorConfiguration.NAME)
    ThreadPoolTaskExecutor executor;

    @Autowired
    ApplicationContext context;

    @Test
    void one_thread_with_a_bounded_queue_and_boot_keeps_its_own_executor_for_everything_else() throws Exception {
        assertThat(executor.getMaxPoolSize()).isEqualTo(1);
        assertThat(executor.getQueueCapacity()).isEqualTo(ExportExecutorConfiguration.QUEUE_CAPACITY);
        AtomicReference<String> thread = new AtomicReference<>();
        executor.submit(() -> thread.set(Thread.currentThread().getName())).get(10, TimeUnit.SECONDS);
        assertThat(thread.get()).startsWith("finance-export-");
        assertThat(context.getBean("applicationTaskExecutor", AsyncTaskExecutor.class))
                .as("Spring Boot's executor for @Async listeners is still there, and is not finance's")
                .isNotSameAs(executor);
    }

    @Test
    void stopping_waits_for_the_batch_being_made() throws Exception {
        ThreadPoolTaskExecutor alone = new ExportExecutorConfiguration().financeExportExecutor(null);
        alone.initialize();
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        alone.execute(() -> {
            started.countDown();
            try {
                Thread.sleep(500);
                finished.set(true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        alone.destroy();
        assertThat(finished).as("the running task completed, not interrupted").isTrue();
    }
}
