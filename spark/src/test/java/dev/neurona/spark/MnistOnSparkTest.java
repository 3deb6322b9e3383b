package dev.neurona.spark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.runtime.Evaluation;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.OptimizerSpec;
import dev.neurona.runtime.spec.ScheduleSpec;
import dev.neurona.runtime.spec.TrainSpec;
import dev.neurona.runtime.train.EpochMetrics;
import dev.neurona.runtime.train.TrainingListener;
import org.junit.jupiter.api.Test;

/** The acceptance run: the MNIST sample on two partitions averaging every four steps. */
class MnistOnSparkTest {
    @Test
    void twoPartitionsSyncingEveryFourStepsReachNinetyFourPercent() {
        Dataset train = TrainingData.digits(false, 0);
        Dataset test = TrainingData.digits(true, 0);
        // The settings of the MNIST sample (samples/mnist.nn, MnistInJava).
        Model model = Model.builder()
                .input(28, 28)
                .dense(128, ActivationSpec.RELU)
                .dropout(0.1)
                .dense(64, ActivationSpec.RELU)
                .dropout(0.1)
                .dense(10, ActivationSpec.SOFTMAX)
                .build(7);
        TrainSpec spec = TrainSpec.builder()
                .optimizer(OptimizerSpec.adam(0.002))
                .schedule(ScheduleSpec.cosine(0))
                .epochs(10)
                .batchSize(32)
                .build();
        SparkEngine engine = new SparkEngine(LocalSpark.session(), 2, 4);

        long started = System.nanoTime();
        engine.fit(
                model,
                train,
                null,
                spec,
                7,
                new TrainingListener() {
                    @Override
                    public void onEpochEnd(EpochMetrics metrics) {
                        System.out.println("[P=2 K=4] " + metrics.format());
                    }
                },
                () -> false);
        Evaluation result = engine.evaluate(model, test);
        System.out.printf(
                "[P=2 K=4] test accuracy %.4f after %.1f s%n", result.accuracy(), (System.nanoTime() - started) / 1e9);

        assertTrue(result.accuracy() >= 0.94, "test accuracy " + result.accuracy());
    }
}
