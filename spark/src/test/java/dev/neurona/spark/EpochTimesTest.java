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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Not a check but a measurement, run on request:
 * {@code mvn -pl spark -am test -Dtest=EpochTimesTest -Dsurefire.failIfNoSpecifiedTests=false -Dneurona.measure=true}.
 * Times the MNIST sample's epochs locally and on Spark with two partitions syncing every 1, 8
 * and 32 steps, in the same JVM and with the same matmul kernel, and derives the cost of one
 * synchronisation round.
 */
@EnabledIfSystemProperty(named = "neurona.measure", matches = "true")
class EpochTimesTest {
    private static final int EPOCHS = 4;

    @Test
    void timeEpochs() {
        Dataset train = TrainingData.digits(false, 0);
        TrainSpec spec = TrainSpec.builder().optimizer(OptimizerSpec.adam(0.002)).schedule(ScheduleSpec.cosine(0))
                .epochs(EPOCHS).batchSize(32).build();
        // Warm up both paths once, so the figures are not the JIT's.
        time(TrainingEngine.LOCAL, train, spec.toBuilder().epochs(1).build());
        time(new SparkEngine(LocalSpark.session(), 2, 8), train, spec.toBuilder().epochs(1).build());

        double local = time(TrainingEngine.LOCAL, train, spec);
        System.out.printf(Locale.ROOT, "local                  %6.2f s/epoch%n", local);
        int perPartition = (train.rows() / 2 + 31) / 32;
        for (int k : new int[] {1, 8, 32}) {
            double spark = time(new SparkEngine(LocalSpark.session(), 2, k), train, spec);
            int rounds = (perPartition + k - 1) / k;
            System.out.printf(Locale.ROOT, "local[2] P=2 K=%-2d      %6.2f s/epoch  %3d rounds/epoch  %5.1f ms/round beyond local compute%n",
                    k, spark, rounds, (spark - local) / rounds * 1000);
        }
    }

    /** The median epoch time of a run (the first epoch left out when there are more). */
    private static double time(TrainingEngine engine, Dataset train, TrainSpec spec) {
        Model model = Model.builder().input(28, 28).dense(128, ActivationSpec.RELU).dropout(0.1)
                .dense(64, ActivationSpec.RELU).dropout(0.1).dense(10, ActivationSpec.SOFTMAX).build(7);
        List<Double> seconds = new ArrayList<>();
        engine.fit(model, train, null, spec, 7, new TrainingListener() {
            @Override
            public void onEpochEnd(EpochMetrics metrics) {
                seconds.add(metrics.seconds());
            }
        }, () -> false);
        List<Double> timed = new ArrayList<>(seconds.size() > 1 ? seconds.subList(1, seconds.size()) : seconds);
        timed.sort(null);
        return timed.get(timed.size() / 2);
    }
}
