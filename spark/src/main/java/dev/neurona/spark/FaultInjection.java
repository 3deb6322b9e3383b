package dev.neurona.spark;

import java.io.Serializable;
import org.apache.spark.TaskContext;

/**
 * A test hook: makes the task of one partition in one round throw, on its first attempt only
 * (Spark then retries it, and the result must not change) or on every attempt (the job then
 * fails, and the user must get one clear message).
 *
 * @param round     1-based, counted across the training run
 * @param partition 0-based
 */
record FaultInjection(int round, int partition, boolean everyAttempt) implements Serializable {

    /** Throws when this task is the one to fail. */
    void check(int currentRound, int currentPartition) {
        if (currentRound != round || currentPartition != partition) return;
        TaskContext task = TaskContext.get();
        int attempt = task == null ? 0 : task.attemptNumber();
        if (everyAttempt || attempt == 0) {
            throw new InjectedFault("a fault injected for testing into partition " + partition + " of round " + round
                    + " (attempt " + (attempt + 1) + ")");
        }
    }

    /** The exception a {@link FaultInjection} throws. */
    static final class InjectedFault extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InjectedFault(String message) {
            super(message);
        }
    }
}
