package dev.neurona.spark;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.runtime.Model;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.EarlyStopSpec;
import dev.neurona.runtime.spec.Metric;
import dev.neurona.runtime.spec.OptimizerSpec;
import dev.neurona.runtime.spec.ScheduleSpec;
import dev.neurona.runtime.spec.TrainSpec;
import dev.neurona.runtime.train.TrainingEngine;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SparkTrainingTest {
    private static SparkSession spark;
    private static Dataset digits;

    @BeforeAll
    static void start() {
        spark = LocalSpark.session();
        digits = TrainingData.digits(false, 1200);
    }

    /** A small MNIST net with everything that draws randomness or changes a step: dropout, a held-out split, L2, clipping, a schedule. */
    private static Model digitModel() {
        return Model.builder()
                .input(28, 28)
                .dense(32, ActivationSpec.RELU)
                .dropout(0.2)
                .dense(10, ActivationSpec.SOFTMAX)
                .build(5);
    }

    private static TrainSpec digitSpec() {
        return TrainSpec.builder()
                .optimizer(OptimizerSpec.adam(0.003))
                .schedule(ScheduleSpec.cosine(0))
                .epochs(2)
                .batchSize(32)
                .validationFraction(0.1)
                .l2(1e-4)
                .clipNorm(5)
                .build();
    }

    @Test
    void onePartitionSyncingEveryStepIsLocalTrainingBitForBit() {
        Runs local = Runs.train(TrainingEngine.LOCAL, digitModel(), digits, null, digitSpec(), 11);
        Runs distributed = Runs.train(new SparkEngine(spark, 1, 1), digitModel(), digits, null, digitSpec(), 11);

        distributed.assertSameAs(local);
    }

    @Test
    void theSameSeedGivesTheSameFiguresTwice() {
        // Three partitions make an uneven tree; 1080 rows make partitions of 360 and a short last round.
        SparkEngine engine = new SparkEngine(spark, 3, 4);
        Runs first = Runs.train(engine, digitModel(), digits, null, digitSpec(), 11);
        Runs second = Runs.train(engine, digitModel(), digits, null, digitSpec(), 11);
        Runs otherSeed = Runs.train(engine, digitModel(), digits, null, digitSpec(), 12);

        second.assertSameAs(first);
        assertNotEquals(first.epochs(), otherSeed.epochs());
        assertTrue(
                first.epochs().get(1).get(5) > 0.6,
                "validation accuracy after two epochs: " + first.epochs().get(1).get(5));
    }

    @Test
    void averagingDiffersFromLocalTrainingWithMorePartitions() {
        Runs local = Runs.train(TrainingEngine.LOCAL, digitModel(), digits, null, digitSpec(), 11);
        Runs distributed = Runs.train(new SparkEngine(spark, 2, 1), digitModel(), digits, null, digitSpec(), 11);

        assertNotEquals(local.epochs(), distributed.epochs());
        assertFalse(distributed.events().isEmpty());
    }

    @Test
    void earlyStoppingHistoryAndCheckpointsBehaveAsLocally(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        Dataset blobs = TrainingData.blobs(400, 8, 3, 5);
        java.nio.file.Path file = dir.resolve("best.nnm");
        TrainSpec spec = TrainSpec.builder()
                .optimizer(OptimizerSpec.sgd(3.0))
                .epochs(40)
                .validationFraction(0.25)
                .earlyStop(new EarlyStopSpec(2, Metric.VAL_LOSS, 0))
                .checkpoint(file)
                .build();
        Model model = Model.builder()
                .input(8)
                .dense(16, ActivationSpec.RELU)
                .dense(3, ActivationSpec.SOFTMAX)
                .build(3);

        Runs run = Runs.train(new SparkEngine(spark, 2, 3), model, blobs, null, spec, 9);

        assertTrue(run.result().stoppedEarly());
        assertTrue(run.result().bestEpoch() == run.epochs().size() - 2, "stops two epochs after the best");
        assertTrue(java.nio.file.Files.exists(file));
        Model saved = Model.load(file);
        assertTrue(saved.history().size() == run.result().bestEpoch(), "the checkpoint is the best epoch's model");
        assertTrue(model.schema() != null && model.preprocessing() != null);
    }
}
