package uk.openband.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import uk.openband.calendar.TargetSettings;

/** The stage targets bind from openband.casework.targets.*, with defaults, and a bad value stops the start. */
class TargetSettingsBindingTest {

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(CalendarConfiguration.class);

    @Test
    void defaults_are_six_weeks_five_working_days_and_eight_weeks() {
        runner.run(context -> assertThat(context.getBean(TargetSettings.class))
                .isEqualTo(new TargetSettings(6, 5, 8)));
    }

    @Test
    void each_target_is_configurable() {
        runner.withPropertyValues("openband.casework.targets.decision-weeks=4",
                        "openband.casework.targets.triage-days=3", "openband.casework.targets.review-notice-weeks=10")
                .run(context -> assertThat(context.getBean(TargetSettings.class))
                        .isEqualTo(new TargetSettings(4, 3, 10)));
    }

    @Test
    void a_target_of_zero_stops_the_start_naming_the_setting() {
        runner.withPropertyValues("openband.casework.targets.triage-days=0").run(context -> assertThat(context)
                .hasFailed().getFailure().rootCause()
                .hasMessage("openband.casework.targets.triage-days must be 1 or more, not 0"));
    }
}
