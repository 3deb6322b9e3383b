package dev.neurona.runtime;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.function.Supplier;

/**
 * The acceptance bound of the hostile-input suite: reading an input of n bytes allocates at most
 * 4·n + 64 MB on the reading thread before it answers, with data or with a refusal. (Reading
 * with helper threads is bounded by the 64 MB heap surefire runs these tests in as well.)
 */
public final class AllocationBound {
    private static final long SLACK = 64L << 20;

    private AllocationBound() {}

    /** What {@code read} returned, or the exception it threw; fails when it allocated more than the bound. */
    public static Object within(long inputBytes, Supplier<?> read) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assertTrue(
                threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled(),
                "this JVM cannot count allocated bytes, so the bound cannot be checked");
        long bound = 4 * inputBytes + SLACK;
        long before = threads.getCurrentThreadAllocatedBytes();
        Object outcome;
        try {
            outcome = read.get();
        } catch (RuntimeException e) {
            outcome = e;
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(
                allocated <= bound, "allocated " + allocated + " bytes reading " + inputBytes + ", more than " + bound);
        return outcome;
    }

    /** Whether a message reads as ours: no Java class names, no bare {@code null}. */
    public static boolean isPlain(String message) {
        return message != null
                && !message.contains("Exception")
                && !message.contains("java.")
                && !message.matches("(?s).*\\bnull\\b.*");
    }
}
