package dev.neurona.lang.watch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * What the watch page is told, as JSON events: an append-only log (the script, each training
 * run's start and end, every epoch, note and sweep row, and the throttled batch points), read
 * by each page from where it left off; and the latest pictures of activations, which only ever
 * need their newest version.
 *
 * <p>Training threads write, server threads read, and neither ever waits for the other: an
 * append takes a slot with one atomic increment. The log is bounded ({@value #CAPACITY} events,
 * over five hours of batch points at ten a second): once full, further events are dropped and
 * counted, so that a run of days cannot fill the memory.
 */
final class EventLog {
    static final int CAPACITY = 200_000;

    private final AtomicReferenceArray<String> events;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger dropped = new AtomicInteger();
    private final AtomicReference<Picture> latestPicture = new AtomicReference<>();

    /** The newest pictures and their version, which grows by one with each new picture. */
    record Picture(long version, String json) {}

    EventLog() {
        this(CAPACITY);
    }

    EventLog(int capacity) {
        this.events = new AtomicReferenceArray<>(capacity);
    }

    /** Appends one event; never blocks. Returns false when the log is full and the event was dropped. */
    boolean append(String json) {
        int slot = next.getAndIncrement();
        if (slot >= events.length()) {
            next.set(events.length());
            dropped.incrementAndGet();
            return false;
        }
        events.set(slot, json);
        return true;
    }

    /** Replaces the latest pictures of activations and weights. */
    void picture(String json) {
        latestPicture.getAndUpdate(old -> new Picture(old == null ? 1 : old.version() + 1, json));
    }

    /** The newest pictures, or null before the first. */
    @Nullable
    Picture latestPicture() {
        return latestPicture.get();
    }

    /**
     * The events from position {@code from} on, as far as they are written; the reader's next
     * position is {@code from} plus the size of the answer.
     */
    List<String> since(int from) {
        List<String> found = new ArrayList<>();
        int end = Math.min(next.get(), events.length());
        for (int i = from; i < end; i++) {
            String event = events.get(i);
            if (event == null) break; // taken but not yet written: the next read gets it
            found.add(event);
        }
        return found;
    }

    /** Events that did not fit. */
    int dropped() {
        return dropped.get();
    }
}
