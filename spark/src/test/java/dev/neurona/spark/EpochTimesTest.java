package dev.neurona.spark;

import dev.neurona.runtime.Model;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.OptimizerSpec;
import dev.neurona.runtime.spec.ScheduleSpec;
import dev.neurona.runtime.spec.TrainSpec;
import dev.neurona.runtime.train.EpochMetrics;
import dev.neurona.runtime.train.TrainingEngine;
import dev.neurona.runtime.train.TrainingListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Not a check but a measurement, run on request:
 * {@code mvn -pl spark -am test -Dtest=EpochTimesTest -Dsurefire.failIfNoSpecifiedTests=false}
 * (the module's build leaves it out of the ordinary test run).
 * Times the MNIST sample's epochs locally and on Spark with two partitions syncing every 1, 8
 * and 32 steps, in the same JVM and with the same matmul kernel, and derives the cost of one
 * synchronisation round.
 */
class EpochTimesTest {
    private static final int EPOCHS = 4;

    @Test
    void timeEpochs() {
        Dataset train = TrainingData.digits(false, 0);
        TrainSpec spec = TrainSpec.builder()
                .optimizer(OptimizerSpec.adam(0.002))
                .schedule(ScheduleSpec.cosine(0))
                .epochs(EPOCHS)
                .batchSize(32)
                .build();
        // Warm up both paths once, so the figures are not the JIT's.
        time(TrainingEngine.LOCAL, train, spec.toBuilder().epochs(1).build());
        time(
                new SparkEngine(LocalSpark.session(), 2, 8),
                train,
                spec.toBuilder().epochs(1).build());

        double local = time(TrainingEngine.LOCAL, train, spec);
        System.out.printf(Locale.ROOT, "local                  %6.2f s/epoch%n", local);
        int perPartition = (train.rows() / 2 + 31) / 32;
        double[] seconds = new double[3];
        int[] rounds = new int[3];
        int[] ks = {1, 8, 32};
        for (int i = 0; i < ks.length; i++) {
            RoundCosts costs = new RoundCosts();
            LocalSpark.session().sparkContext().addSparkListener(costs);
            seconds[i] = time(new SparkEngine(LocalSpark.session(), 2, ks[i]), train, spec);
            rounds[i] = (perPartition + ks[i] - 1) / ks[i];
            pause();
            LocalSpark.session().sparkContext().removeSparkListener(costs);
            System.out.printf(
                    Locale.ROOT,
                    "local[2] P=2 K=%-2d      %6.2f s/epoch  %3d rounds/epoch  %s%n",
                    ks[i],
                    seconds[i],
                    rounds[i],
                    costs);
        }
        double perRound = (seconds[0] - seconds[2]) / (rounds[0] - rounds[2]);
        System.out.printf(
                Locale.ROOT,
                "one synchronisation round costs %.1f ms; an epoch's compute on Spark is %.2f s%n",
                perRound * 1000,
                seconds[2] - rounds[2] * perRound);
    }

    private static void pause() {
        try {
            Thread.sleep(1000); // lets Spark's listener bus deliver the last events
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Where a round's time goes, from Spark's own job and task metrics. */
    private static final class RoundCosts extends org.apache.spark.scheduler.SparkListener {
        private final java.util.Map<Integer, Long> started = new java.util.concurrent.ConcurrentHashMap<>();
        private long jobs;
        private long jobMillis;
        private long tasks;
        private long runMillis;
        private long deserializeMillis;
        private long resultSerializeMillis;
        private long resultBytes;

        @Override
        public synchronized void onJobStart(org.apache.spark.scheduler.SparkListenerJobStart start) {
            started.put(start.jobId(), start.time());
        }

        @Override
        public synchronized void onJobEnd(org.apache.spark.scheduler.SparkListenerJobEnd end) {
            Long start = started.remove(end.jobId());
            if (start == null) return;
            jobs++;
            jobMillis += end.time() - start;
        }

        @Override
        public synchronized void onTaskEnd(org.apache.spark.scheduler.SparkListenerTaskEnd end) {
            if (end.taskMetrics() == null) return;
            tasks++;
            runMillis += end.taskMetrics().executorRunTime();
            deserializeMillis += end.taskMetrics().executorDeserializeTime();
            resultSerializeMillis += end.taskMetrics().resultSerializationTime();
            resultBytes += end.taskMetrics().resultSize();
        }

        @Override
        public synchronized String toString() {
            return String.format(
                    Locale.ROOT,
                    "job %.1f ms, per task: run %.1f ms, deserialise %.1f ms, serialise result %.1f ms, result %.0f kB",
                    (double) jobMillis / jobs,
                    (double) runMillis / tasks,
                    (double) deserializeMillis / tasks,
                    (double) resultSerializeMillis / tasks,
                    resultBytes / 1024.0 / tasks);
        }
    }

    /** The median epoch time of a run (the first epoch left out when there are more). */
    private static double time(TrainingEngine engine, Dataset train, TrainSpec spec) {
        Model model = Model.builder()
                .input(28, 28)
                .dense(128, ActivationSpec.RELU)
                .dropout(0.1)
                .dense(64, ActivationSpec.RELU)
                .dropout(0.1)
                .dense(10, ActivationSpec.SOFTMAX)
                .build(7);
        List<Double> seconds = new ArrayList<>();
        engine.fit(
                model,
                train,
                null,
                spec,
                7,
                new TrainingListener() {
                    @Override
                    public void onEpochEnd(EpochMetrics metrics) {
                        seconds.add(metrics.seconds());
                    }
                },
                () -> false);
        List<Double> timed = new ArrayList<>(seconds.size() > 1 ? seconds.subList(1, seconds.size()) : seconds);
        timed.sort(null);
        return timed.get(timed.size() / 2);
    }
}
