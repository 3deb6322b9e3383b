package dev.neurona.spark;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Runs Spark work so that the driver can stop it: all of it — broadcasts, jobs, clean-up — runs
 * on one helper thread, each job under its own job group, while the calling thread only waits,
 * polling a stop condition and its own interrupt (Spark's driver calls throw when the thread
 * that makes them is interrupted). On stop, the job group is cancelled — Spark kills the running
 * tasks — and the caller gets nothing back, so it keeps the state from before the job.
 */
final class ClusterJobs implements AutoCloseable {
    private static final long POLL_MILLIS = 20;
    private static final AtomicLong GROUPS = new AtomicLong();

    private final JavaSparkContext spark;
    private final ExecutorService submitter = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "neurona-spark-jobs");
        thread.setDaemon(true);
        return thread;
    });

    ClusterJobs(JavaSparkContext spark) {
        this.spark = spark;
    }

    /**
     * The job's result, or empty when {@code stop} turned true (or the calling thread was
     * interrupted, whose interrupt status is then set again) before it finished.
     *
     * @param doing what the job does, for error messages and Spark's web UI
     * @throws RuntimeException as {@link SparkFailures#translate} makes it, when the job fails
     */
    <T> Optional<T> run(SparkFailures.Doing doing, Supplier<T> job, BooleanSupplier stop) {
        String group = "neurona-" + GROUPS.incrementAndGet();
        Future<T> future = submitter.submit(() -> {
            spark.setJobGroup(group, doing.jobDescription(), true);
            try {
                return job.get();
            } finally {
                spark.clearJobGroup();
            }
        });
        try {
            while (true) {
                if (stop.getAsBoolean()) {
                    cancel(group, future);
                    return Optional.empty();
                }
                try {
                    return Optional.of(future.get(POLL_MILLIS, TimeUnit.MILLISECONDS));
                } catch (TimeoutException stillRunning) {
                    // poll again
                }
            }
        } catch (InterruptedException e) {
            cancel(group, future);
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            throw SparkFailures.translate(doing, spark.master(), Objects.requireNonNullElse(e.getCause(), e));
        }
    }

    /** Cancels the job and waits until its tasks are gone, so nothing of it outlives the call. */
    private void cancel(String group, Future<?> future) {
        spark.cancelJobGroup(group);
        awaitQuietly(future);
    }

    /** Runs {@code cleanup} on the jobs' thread (after any job still there), then lets the thread go. */
    void closeAfter(Runnable cleanup) {
        Future<?> done = submitter.submit(cleanup);
        submitter.shutdown();
        awaitQuietly(done);
    }

    @Override
    public void close() {
        submitter.shutdown();
    }

    /** Waits for {@code future} through interrupts (keeping the interrupt status); its failure is not ours to report. */
    private static void awaitQuietly(Future<?> future) {
        boolean interrupted = Thread.interrupted();
        while (true) {
            try {
                future.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException failed) {
                break;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }
}
