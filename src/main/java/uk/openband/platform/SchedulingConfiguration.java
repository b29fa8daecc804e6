package uk.openband.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on {@code @Scheduled} methods. Spring Boot supplies the {@code TaskScheduler} (a small thread pool,
 * sized by {@code spring.task.scheduling.pool.size}). Every instance fires every job: wrap the work in
 * {@link ClusterJobs} so that it runs once across them.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {
}
