package uk.openband.platform.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Times on the admin pages, in the service's time zone: {@code 23 November 2026 14:05}. */
@Component("adminDates")
public class AdminDates {

    private final DateTimeFormatter format;

    AdminDates(Clock clock) {
        this.format = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK).withZone(clock.getZone());
    }

    public String time(Instant instant) {
        return instant == null ? "" : format.format(instant);
    }
}
