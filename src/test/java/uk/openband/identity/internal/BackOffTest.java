package uk.openband.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class BackOffTest {

    @Property
    void free_failures_cost_nothing_then_the_delay_starts_at_the_first_delay(
            @ForAll @IntRange(min = 0, max = 50) int free, @ForAll @LongRange(min = 1, max = 600) long firstSeconds,
            @ForAll @IntRange(min = 0, max = 50) int failures) {
        BackOff b = new BackOff(free, Duration.ofSeconds(firstSeconds), Duration.ofHours(1).plusSeconds(firstSeconds));
        if (failures < free) {
            assertThat(b.delayAfter(failures)).isZero();
        }
        assertThat(b.delayAfter(free)).isEqualTo(Duration.ofSeconds(firstSeconds));
    }

    @Property
    void the_delay_never_shrinks_doubles_until_the_cap_and_never_passes_it(
            @ForAll @IntRange(min = 0, max = 30) int free, @ForAll @LongRange(min = 1, max = 120) long firstSeconds,
            @ForAll @LongRange(min = 0, max = 100_000) long extraCapSeconds,
            @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE - 1) int failures) {
        Duration max = Duration.ofSeconds(firstSeconds + extraCapSeconds);
        BackOff b = new BackOff(free, Duration.ofSeconds(firstSeconds), max);
        Duration now = b.delayAfter(failures);
        Duration next = b.delayAfter(failures + 1);
        assertThat(next).isGreaterThanOrEqualTo(now).isLessThanOrEqualTo(max);
        if (failures >= free && now.multipliedBy(2).compareTo(max) <= 0) {
            assertThat(next).isEqualTo(now.multipliedBy(2));
        }
        if (failures >= free && now.multipliedBy(2).compareTo(max) > 0) {
            assertThat(next).isEqualTo(max);
        }
    }

    @Test
    void the_configured_account_and_address_back_offs() {
        BackOff account = new BackOff(5, Duration.ofSeconds(2), Duration.ofMinutes(1));
        assertThat(java.util.stream.IntStream.rangeClosed(1, 11).mapToObj(account::delayAfter).map(Duration::toSeconds))
                .containsExactly(0L, 0L, 0L, 0L, 2L, 4L, 8L, 16L, 32L, 60L, 60L);
        BackOff address = new BackOff(20, Duration.ofSeconds(2), Duration.ofMinutes(15));
        assertThat(address.delayAfter(19)).isZero();
        assertThat(address.delayAfter(28)).isEqualTo(Duration.ofSeconds(512));
        assertThat(address.delayAfter(29)).isEqualTo(Duration.ofMinutes(15));
        assertThat(address.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void nonsense_settings_are_refused() {
        assertThatThrownBy(() -> new BackOff(-1, Duration.ofSeconds(1), Duration.ofSeconds(2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BackOff(1, Duration.ZERO, Duration.ofSeconds(2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BackOff(1, Duration.ofSeconds(3), Duration.ofSeconds(2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void usernames_are_keyed_by_hash_whatever_their_case_and_ipv6_addresses_by_their_64_network() {
        assertThat(SignInThrottle.accountKey(" Admin ")).isEqualTo(SignInThrottle.accountKey("admin"))
                .startsWith("account:").hasSize("account:".length() + 64).doesNotContain("admin");
        assertThat(SignInThrottle.addressKey("2001:db8:1:2:aaaa::1"))
                .isEqualTo(SignInThrottle.addressKey("2001:0db8:0001:0002:ffff:1:2:3"))
                .isEqualTo("address:20010db800010002::/64");
        assertThat(SignInThrottle.addressKey("192.0.2.7")).isEqualTo("address:192.0.2.7");
        assertThat(SignInThrottle.addressKey("x".repeat(500))).hasSizeLessThanOrEqualTo(100);
    }
}
