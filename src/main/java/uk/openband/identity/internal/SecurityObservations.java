package uk.openband.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Spring Security records no observations of its own (a timer around every filter of the chain, every
 * authorization and every authentication): they cost a page a good share of its CPU and nobody reads them. The
 * request itself is still observed ({@code http.server.requests} in the metrics).
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservations {

    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }
}
