package uk.openband.calendar;

import java.time.Duration;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.openband.calendar.internal.BankHolidayStore;

/**
 * Working days in England and Wales: Monday to Friday, not a bank holiday. The holidays are read from
 * the database and kept for a minute (so an edit on another instance shows within a minute; an edit on
 * this one at once).
 */
@Service
public class WorkingDays {

    private static final long REFRESH_NANOS = Duration.ofMinutes(1).toNanos();

    private final BankHolidayStore store;
    private volatile Snapshot snapshot;

    private record Snapshot(WorkingDayCalendar calendar, long loadedAt) {
    }

    WorkingDays(BankHolidayStore store) {
        this.store = store;
    }

    public boolean isWorkingDay(LocalDate date) {
        return calendar().isWorkingDay(date);
    }

    /** {@code days} working days after {@code date}; the start does not count. See {@link WorkingDayCalendar#plusWorkingDays}. */
    public LocalDate plusWorkingDays(LocalDate date, int days) {
        return calendar().plusWorkingDays(date, days);
    }

    /** Working days after {@code from} up to and including {@code to}. See {@link WorkingDayCalendar#workingDaysBetween}. */
    public long workingDaysBetween(LocalDate from, LocalDate to) {
        return calendar().workingDaysBetween(from, to);
    }

    /** The current calendar, for computing many dates at once (a queue page, a scheduled job). */
    public WorkingDayCalendar calendar() {
        Snapshot current = snapshot;
        if (current == null || System.nanoTime() - current.loadedAt() > REFRESH_NANOS) {
            current = new Snapshot(new WorkingDayCalendar(store.allDates()), System.nanoTime());
            snapshot = current;
        }
        return current.calendar();
    }

    /** Forgets the cached holidays once the current transaction commits (at once outside one). */
    void reloadAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    snapshot = null;
                }
            });
        } else {
            snapshot = null;
        }
    }
}
