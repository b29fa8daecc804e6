package uk.openband.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    /**
     * All time comes from this clock, in the time zone {@code openband.time-zone} names (set in
     * application.properties); every date the application works out or shows uses this clock's zone.
     * Tests replace it with a clock they can set.
     */
    @Bean
    Clock clock(@Value("${openband.time-zone}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
