package dev.neurona.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.neurona.runtime.Evaluation;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.OptimizerSpec;
import dev.neurona.runtime.spec.TrainSpec;
import dev.neurona.runtime.train.TrainingEngine;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Evaluating and predicting on Spark gives local figures: the same outputs, counts and reports. */
class DistributedScoringTest {
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LocalSpark.session();
    }

    @Test
    void classificationReportsAreLocalOnes() {
        Dataset blobs = TrainingData.blobs(301, 6, 3, 4);
        Model model = Model.builder()
                .input(6)
                .dense(12, ActivationSpec.RELU)
                .dense(3, ActivationSpec.SOFTMAX)
                .build(1);
        model.fit(blobs, TrainSpec.builder().epochs(1).build());
        SparkEngine engine = new SparkEngine(spark, 3, 1);

        Evaluation local = TrainingEngine.LOCAL.evaluate(model, blobs);
        Evaluation distributed = engine.evaluate(model, blobs);

        assertEquals(local.format(), distributed.format());
        assertEquals(local.accuracy(), distributed.accuracy());
        assertEquals(local.loss(), distributed.loss(), 1e-12 * Math.abs(local.loss()));
        assertEquals(local.dataName(), distributed.dataName());
        assertArrayEquals(TrainingEngine.LOCAL.predict(model, blobs), engine.predict(model, blobs));
    }

    @Test
    void regressionReportsAreLocalOnes() {
        Dataset plane = TrainingData.plane(203, 2, 1f);
        Model model =
                Model.builder().input(2).dense(8, ActivationSpec.TANH).dense(1).build(1);
        model.fit(
                plane,
                TrainSpec.builder()
                        .optimizer(OptimizerSpec.adam(0.01))
                        .epochs(3)
                        .build());
        SparkEngine engine = new SparkEngine(spark, 4, 1);

        Evaluation local = TrainingEngine.LOCAL.evaluate(model, plane);
        Evaluation distributed = engine.evaluate(model, plane);

        assertEquals(local.format(), distributed.format());
        assertEquals(local.regression().r2(), distributed.regression().r2());
        assertArrayEquals(TrainingEngine.LOCAL.predict(model, plane), engine.predict(model, plane));
    }

    @Test
    void moreWorkersThanRowsStillScoresEveryRow() {
        Dataset two = TrainingData.blobs(2, 3, 2, 1);
        Model model = Model.builder().input(3).dense(2, ActivationSpec.SOFTMAX).build(1);
        assertArrayEquals(model.predictPrepared(two), new SparkEngine(spark, 5, 1).predict(model, two));
    }

    @Test
    void aDataSetOfTheWrongWidthIsRefusedOnTheDriver() {
        Model model = Model.builder().input(4).dense(2, ActivationSpec.SOFTMAX).build(1);
        Dataset blobs = TrainingData.blobs(10, 6, 2, 1);
        assertEquals(
                "the model expects 4 inputs, got 6",
                assertThrows(RuntimeException.class, () -> new SparkEngine(spark, 2, 1).evaluate(model, blobs))
                        .getMessage());
    }
}
