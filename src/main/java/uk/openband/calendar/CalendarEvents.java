package uk.openband.calendar;

import java.util.Map;
import uk.openband.platform.AuditableEvent;

/** What the calendar module tells the audit log. */
public final class CalendarEvents {

    private CalendarEvents() {
    }

    public record BankHolidayAdded(BankHoliday holiday) implements AuditableEvent {

        @Override
        public String action() {
            return "BANK_HOLIDAY_ADDED";
        }

        @Override
        public String subjectType() {
            return "BANK_HOLIDAY";
        }

        @Override
        public String subjectId() {
            return holiday.date().toString();
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("name", holiday.name());
        }
    }

    public record BankHolidayRemoved(BankHoliday holiday) implements AuditableEvent {

        @Override
        public String action() {
            return "BANK_HOLIDAY_REMOVED";
        }

        @Override
        public String subjectType() {
            return "BANK_HOLIDAY";
        }

        @Override
        public String subjectId() {
            return holiday.date().toString();
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("name", holiday.name());
        }
    }
}
