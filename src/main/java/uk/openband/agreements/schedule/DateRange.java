package uk.openband.agreements.schedule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/** Days from {@code from} to {@code to}, both inclusive. */
public record DateRange(LocalDate from, LocalDate to) {

    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a date range ends on or after its start: " + from + " to " + to);
        }
    }

    /** The number of days, counting both ends: a single day is 1. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The days both ranges share, if any. */
    public Optional<DateRange> intersect(DateRange other) {
        LocalDate start = from.isAfter(other.from) ? from : other.from;
        LocalDate end = to.isBefore(other.to) ? to : other.to;
        return end.isBefore(start) ? Optional.empty() : Optional.of(new DateRange(start, end));
    }
}
