package uk.openband.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** The tests' clock: set, moved and reset; and it is the clock the application uses, in the configured zone. */
@WebTest
class MutableClockTest {

    @Autowired Clock clock;
    @Autowired MutableClock testClock;
    @Value("${openband.time-zone}") String zone;

    @Test
    void the_application_runs_on_the_settable_clock_in_the_configured_zone() {
        assertThat(clock).isSameAs(testClock);
        assertThat(clock.getZone()).isEqualTo(ZoneId.of(zone));
        assertThat(testClock.isChanged()).as("reset after the last test").isFalse();
    }

    @Test
    void set_advance_and_reset() {
        MutableClock c = new MutableClock(ZoneId.of(zone));
        Instant before = Instant.now();
        assertThat(c.instant()).isBetween(before, Instant.now());

        c.set(Instant.parse("2031-06-15T09:00:00Z"));
        assertThat(c.instant()).isEqualTo(Instant.parse("2031-06-15T09:00:00Z"));
        c.advance(Duration.ofDays(1));
        assertThat(c.instant()).isEqualTo(Instant.parse("2031-06-16T09:00:00Z"));
        assertThat(c.withZone(ZoneId.of("UTC")).instant()).as("a derived clock shares the setting")
                .isEqualTo(Instant.parse("2031-06-16T09:00:00Z"));

        c.setToday(LocalDate.of(2031, 12, 31));
        assertThat(LocalDate.now(c)).isEqualTo(LocalDate.of(2031, 12, 31));

        c.reset();
        assertThat(c.isChanged()).isFalse();
        Instant after = Instant.now();
        assertThat(c.instant()).isBetween(after, Instant.now());

        c.advance(Duration.ofDays(-2));
        assertThat(c.instant()).isBefore(Instant.now().minus(Duration.ofDays(1)));
    }

    @Test
    void a_test_that_sets_the_clock_leaves_it_for_nobody() {
        testClock.setToday(LocalDate.of(2031, 1, 1));
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2031, 1, 1));
        // TestClockResetListener puts it back after this method; the first test checks that whatever runs after.
    }
}
