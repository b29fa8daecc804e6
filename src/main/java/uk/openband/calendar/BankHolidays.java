package uk.openband.calendar;

import uk.openband.platform.Text;
import uk.openband.platform.Refused;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.openband.calendar.internal.BankHolidayStore;

/** The list of England and Wales bank holidays that stage targets skip; administrators keep it up to date. */
@Service
public class BankHolidays {

    public static final int MAX_NAME_LENGTH = 100;

    private final BankHolidayStore store;
    private final WorkingDays workingDays;
    private final ApplicationEventPublisher events;

    BankHolidays(BankHolidayStore store, WorkingDays workingDays, ApplicationEventPublisher events) {
        this.store = store;
        this.workingDays = workingDays;
        this.events = events;
    }

    /** The holidays in one year, in date order. */
    @Transactional(readOnly = true)
    public List<BankHoliday> inYear(int year) {
        return store.inYear(year);
    }

    /** The years with at least one holiday listed, earliest first. */
    @Transactional(readOnly = true)
    public List<Integer> years() {
        return store.years();
    }

    /**
     * Adds a holiday. Refused (naming the field) when the name is blank or too long, the date is a
     * Saturday or Sunday (list the substitute weekday instead) or is already listed.
     */
    @Transactional
    public BankHoliday add(LocalDate date, String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new Refused("name", "bankHoliday.name.required");
        }
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new Refused("name", "bankHoliday.name.tooLong");
        }
        Text.require("name", trimmed);
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            throw new Refused("date", "bankHoliday.date.weekend");
        }
        BankHoliday holiday = new BankHoliday(date, trimmed);
        if (!store.insert(holiday)) {
            throw new Refused("date", "bankHoliday.date.duplicate");
        }
        events.publishEvent(new CalendarEvents.BankHolidayAdded(holiday));
        workingDays.reloadAfterCommit();
        return holiday;
    }

    /** Removes the holiday on {@code date}; refused when none is listed that day. */
    @Transactional
    public BankHoliday remove(LocalDate date) {
        BankHoliday holiday = store.find(date)
                .orElseThrow(() -> new Refused("date", "bankHoliday.date.notListed"));
        store.delete(date);
        events.publishEvent(new CalendarEvents.BankHolidayRemoved(holiday));
        workingDays.reloadAfterCommit();
        return holiday;
    }
}
