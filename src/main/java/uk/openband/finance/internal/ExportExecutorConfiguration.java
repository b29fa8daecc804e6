package uk.openband.finance.internal;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The thread that makes export batches in the background: one thread (one batch is made at a time; the
 * database refuses a second RUNNING batch), a short bounded queue, and a shutdown that waits up to
 * {@value #SHUTDOWN_WAIT_SECONDS} seconds for a batch being made to be issued. A batch cut off by a harder
 * stop is failed by the next request after {@code ExportBatches.STALE}.
 *
 * <p>Spring Boot's own {@code applicationTaskExecutor} backs off when an application defines an executor;
 * {@code spring.task.execution.mode=force} in {@code application.properties} keeps it for {@code @Async}
 * listeners and MVC, so this executor serves export batches only.
 */
@Configuration(proxyBeanMethods = false)
class ExportExecutorConfiguration {

    /** The bean name the batches ask for. */
    static final String NAME = "financeExportExecutor";

    static final int QUEUE_CAPACITY = 4;

    static final int SHUTDOWN_WAIT_SECONDS = 120;

    /**
     * The data source is a parameter so that Spring destroys this executor (waiting for the batch) before it
     * closes the connection pool the batch is writing through.
     */
    @Bean(NAME)
    ThreadPoolTaskExecutor financeExportExecutor(DataSource dataSource) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setQueueCapacity(QUEUE_CAPACITY);
        executor.setThreadNamePrefix("finance-export-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(SHUTDOWN_WAIT_SECONDS);
        return executor;
    }
}
