package uk.openband.calendar.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import uk.openband.calendar.TargetSettings;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TargetSettings.class)
class CalendarConfiguration {
}
