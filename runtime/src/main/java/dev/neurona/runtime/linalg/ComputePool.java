package dev.neurona.runtime.linalg;

import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;

/**
 * A long-lived set of worker threads that runs numbered tasks in parallel. The caller takes part
 * in the work and {@link #run} returns only when every task is done.
 *
 * <p>A pool of {@code n} threads starts {@code n - 1} daemon workers once, in its constructor;
 * the caller of {@code run} is the n-th. Workers take task numbers from a shared counter, so
 * a slow task never holds up the others. Between jobs a worker spins briefly (back-to-back
 * matrix products hand over in microseconds) and then parks.
 *
 * <p>One job runs at a time per pool. A call made while the pool is busy — from another thread,
 * or from inside a task — runs its tasks on its own caller thread instead of waiting, so
 * concurrent and nested use can never deadlock.
 *
 * <p>Close the pools you create: their workers wait for work until then. The {@link #shared()}
 * pool lives as long as the JVM.
 */
public final class ComputePool implements AutoCloseable {
    private static final ComputePool SHARED =
            new ComputePool(Runtime.getRuntime().availableProcessors());

    /** How long an idle worker polls for the next job before it parks. */
    private static final long SPIN_NANOS = TimeUnit.MICROSECONDS.toNanos(1000);

    private final int threads;
    private final Thread[] workers;
    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile @Nullable Job current;
    private volatile boolean closed;
    private long submitted;

    /**
     * Starts a pool of {@code threads} threads counting the caller's, so {@code threads - 1}
     * workers. A pool of one thread runs everything on the caller.
     */
    public ComputePool(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
        this.workers = new Thread[threads - 1];
        for (int w = 0; w < workers.length; w++) {
            Thread worker = new Thread(this::workLoop, "neurona-compute-" + w);
            worker.setDaemon(true);
            workers[w] = worker;
            worker.start();
        }
    }

    /** The pool sized to this machine's processors, shared by everything that does not ask for another. */
    public static ComputePool shared() {
        return SHARED;
    }

    /** The number of threads that run tasks, the caller's included. */
    public int threads() {
        return threads;
    }

    /**
     * Runs {@code task.accept(i)} for every i in [0, tasks), spread over the pool, and returns
     * when all are done. If tasks throw, the remaining tasks are skipped and the first exception
     * is rethrown here (an unchecked one as it is, a checked one wrapped).
     */
    public void run(int tasks, IntConsumer task) {
        Objects.requireNonNull(task, "task");
        if (tasks < 0) {
            throw new IllegalArgumentException("tasks must not be negative, got " + tasks);
        }
        if (tasks <= 1 || workers.length == 0 || closed || !busy.compareAndSet(false, true)) {
            for (int i = 0; i < tasks; i++) task.accept(i);
            return;
        }
        Job job = new Job(++submitted, tasks, task, Thread.currentThread());
        try {
            current = job;
            for (Thread worker : workers) LockSupport.unpark(worker);
            job.work();
            job.awaitCompletion();
        } finally {
            current = null; // let the task and what it captured be collected
            busy.set(false);
        }
        job.rethrowFailure();
    }

    /**
     * Stops the workers once they finish what they are doing. Afterwards {@link #run} still
     * works, on the caller's thread alone.
     */
    @Override
    public void close() {
        closed = true;
        for (Thread worker : workers) LockSupport.unpark(worker);
    }

    private void workLoop() {
        long seen = 0;
        while (true) {
            Job job = awaitJobAfter(seen);
            if (job == null) {
                return;
            }
            seen = job.id;
            job.work();
        }
    }

    /** The next job newer than {@code seen}, or null once the pool is closed. */
    private @Nullable Job awaitJobAfter(long seen) {
        long spinUntil = System.nanoTime() + SPIN_NANOS;
        while (true) {
            if (closed) {
                return null;
            }
            Job job = current;
            if (job != null && job.id != seen) {
                return job;
            }
            if (System.nanoTime() < spinUntil) {
                Thread.onSpinWait();
            } else {
                LockSupport.park(this);
                Thread.interrupted(); // a stray interrupt must not turn parking into spinning
            }
        }
    }

    /** One call to {@link #run}: its tasks, the counter that hands them out and how many are left. */
    private static final class Job {
        final long id;
        final int tasks;
        final IntConsumer task;
        final Thread caller;
        final AtomicInteger next = new AtomicInteger();
        final AtomicInteger remaining;
        final AtomicReference<Throwable> failure = new AtomicReference<>();

        Job(long id, int tasks, IntConsumer task, Thread caller) {
            this.id = id;
            this.tasks = tasks;
            this.task = task;
            this.caller = caller;
            this.remaining = new AtomicInteger(tasks);
        }

        /** Takes and runs tasks until none are left to take. */
        void work() {
            int i;
            while ((i = next.getAndIncrement()) < tasks) {
                try {
                    if (failure.get() == null) {
                        task.accept(i);
                    }
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                } finally {
                    if (remaining.decrementAndGet() == 0) {
                        LockSupport.unpark(caller);
                    }
                }
            }
        }

        /** Waits for the workers' last tasks; an interrupt is kept for later, the tasks are not abandoned. */
        void awaitCompletion() {
            long spinUntil = System.nanoTime() + SPIN_NANOS;
            boolean interrupted = false;
            while (remaining.get() > 0) {
                if (System.nanoTime() < spinUntil) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                    interrupted |= Thread.interrupted();
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        void rethrowFailure() {
            Throwable t = failure.get();
            if (t == null) {
                return;
            }
            if (t instanceof RuntimeException e) {
                throw e;
            }
            if (t instanceof Error e) {
                throw e;
            }
            throw new IllegalStateException("a pool task failed: " + t, t);
        }
    }
}
