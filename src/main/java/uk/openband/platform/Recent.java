package uk.openband.platform;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value read from the database that pages show on every request but that changes seldom (the open settings,
 * the officers, the published tariffs): kept in memory and read again when this instance changes it
 * ({@link #forget()}, again after the transaction commits) or, for changes made by another instance, once it is
 * older than the given age.
 */
public final class Recent<T> {

    private record Held<T>(T value, long readAt) {
    }

    private final Supplier<T> read;
    private final long maxAgeNanos;
    private final AtomicLong changes = new AtomicLong();
    private volatile Held<T> held;

    public Recent(Duration maxAge, Supplier<T> read) {
        this.read = read;
        this.maxAgeNanos = maxAge.toNanos();
    }

    public T get() {
        Held<T> h = held;
        long now = System.nanoTime();
        if (h == null || now - h.readAt() > maxAgeNanos) {
            long before = changes.get();
            h = new Held<>(read.get(), now);
            if (changes.get() == before) { // not when a change came in while reading: that one may be older
                held = h;
            }
        }
        return h.value();
    }

    /** Reads the value again next time; called on a change, and again when the change's transaction commits. */
    public void forget() {
        changes.incrementAndGet();
        held = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    changes.incrementAndGet();
                    held = null;
                }
            });
        }
    }
}
