package uk.openband.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The clock of every test application context (see {@link TestClockContextCustomizerFactory}): it follows the
 * real time until a test sets it, in the configured zone ({@code openband.time-zone}). A test that needs a
 * particular day sets it with {@link #set(Instant)} or {@link #setToday(LocalDate)} and moves it with
 * {@link #advance(Duration)}; after every test method it is {@link #reset() reset} to the real time again
 * ({@link TestClockResetListener}), so no test leaves its day for the next.
 *
 * <p>Clocks derived with {@link #withZone(ZoneId)} share the setting.
 */
public final class MutableClock extends Clock {

    private static final class State {
        volatile Instant fixed;
        volatile Duration offset = Duration.ZERO;
    }

    private final State state;
    private final ZoneId zone;

    public MutableClock(ZoneId zone) {
        this(new State(), zone);
    }

    private MutableClock(State state, ZoneId zone) {
        this.state = state;
        this.zone = Objects.requireNonNull(zone);
    }

    /** Stops the clock at this instant (until it is advanced, set again or reset). */
    public synchronized void set(Instant instant) {
        state.fixed = Objects.requireNonNull(instant);
        state.offset = Duration.ZERO;
    }

    /** Stops the clock at noon of this day in the clock's zone. */
    public void setToday(LocalDate day) {
        set(day.atTime(LocalTime.NOON).atZone(zone).toInstant());
    }

    /** Moves the clock on (or back, for a negative duration), whether it is stopped or following the real time. */
    public synchronized void advance(Duration duration) {
        Instant fixed = state.fixed;
        if (fixed != null) {
            state.fixed = fixed.plus(duration);
        } else {
            state.offset = state.offset.plus(duration);
        }
    }

    /** Back to the real time. */
    public synchronized void reset() {
        state.fixed = null;
        state.offset = Duration.ZERO;
    }

    /** Whether a test has set or moved the clock since the last reset. */
    public boolean isChanged() {
        return state.fixed != null || !state.offset.isZero();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(this.zone) ? this : new MutableClock(state, zone);
    }

    @Override
    public Instant instant() {
        Instant fixed = state.fixed;
        return fixed != null ? fixed : Instant.now().plus(state.offset);
    }

    @Override
    public long millis() {
        return instant().toEpochMilli();
    }

    @Override
    public String toString() {
        return "MutableClock[" + (state.fixed != null ? "set to " + state.fixed : "real time + " + state.offset) + ", "
                + zone + "]";
    }
}
