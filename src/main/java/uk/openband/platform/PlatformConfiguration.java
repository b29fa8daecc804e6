package uk.openband.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    /** All time comes from this clock (Europe/London unless configured); tests replace it. */
    @Bean
    Clock clock(@Value("${openband.time-zone:Europe/London}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
