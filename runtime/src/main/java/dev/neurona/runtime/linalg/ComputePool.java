package dev.neurona.runtime.linalg;

import java.util.function.IntConsumer;

/**
 * A long-lived set of worker threads that runs numbered tasks in parallel. The caller takes part
 * in the work and {@link #run} returns only when every task is done. Placeholder contract: the
 * blocked implementation replaces the body, not the signatures.
 */
public final class ComputePool implements AutoCloseable {
    private static final ComputePool SHARED = new ComputePool(Runtime.getRuntime().availableProcessors());

    private final int threads;

    public ComputePool(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        this.threads = threads;
    }

    /** The pool sized to this machine, shared by everything that does not ask for another. */
    public static ComputePool shared() {
        return SHARED;
    }

    public int threads() {
        return threads;
    }

    /** Runs {@code task.accept(i)} for i in [0, tasks), spread over the pool; returns when all are done. */
    public void run(int tasks, IntConsumer task) {
        for (int i = 0; i < tasks; i++) task.accept(i);
    }

    @Override
    public void close() {
    }
}
