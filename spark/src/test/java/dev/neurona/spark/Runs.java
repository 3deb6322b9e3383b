package dev.neurona.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neurona.runtime.Model;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.spec.TrainSpec;
import dev.neurona.runtime.train.EpochMetrics;
import dev.neurona.runtime.train.TrainingEngine;
import dev.neurona.runtime.train.TrainingListener;
import dev.neurona.runtime.train.TrainingResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/** A training run's observable outcome, for comparing runs: weights, figures and every event heard. */
record Runs(float[][] weights, List<List<Double>> epochs, List<String> events, TrainingResult result) {

    static Runs train(
            TrainingEngine engine, Model model, Dataset train, Dataset validation, TrainSpec spec, long seed) {
        return train(engine, model, train, validation, spec, seed, () -> false);
    }

    static Runs train(
            TrainingEngine engine,
            Model model,
            Dataset train,
            Dataset validation,
            TrainSpec spec,
            long seed,
            BooleanSupplier cancelled) {
        List<String> events = new ArrayList<>();
        TrainingListener recorder = new TrainingListener() {
            @Override
            public void onTrainBegin(int epochs, int batchesPerEpoch, int trainRows, int validationRows) {
                events.add("begin " + epochs + " " + batchesPerEpoch + " " + trainRows + " " + validationRows);
            }

            @Override
            public void onBatchEnd(int epoch, int batch, int batches, int rowsDone, double loss, double acc) {
                events.add("batch " + epoch + " " + batch + "/" + batches + " " + rowsDone + " " + loss + " " + acc);
            }

            @Override
            public void onEpochEnd(EpochMetrics m) {
                events.add("epoch " + withoutTime(m));
            }
        };
        TrainingResult result = engine.fit(model, train, validation, spec, seed, recorder, cancelled);
        List<List<Double>> epochs =
                model.history().epochs().stream().map(Runs::withoutTime).toList();
        return new Runs(model.network().copyWeights(), epochs, events, result);
    }

    /** Every figure of an epoch but its wall time. */
    static List<Double> withoutTime(EpochMetrics m) {
        return List.of(
                (double) m.epoch(),
                (double) m.epochs(),
                m.loss(),
                m.accuracy(),
                m.valLoss(),
                m.valAccuracy(),
                m.learningRate());
    }

    void assertSameAs(Runs other) {
        assertEquals(other.epochs, epochs, "epoch figures");
        assertEquals(other.events, events, "listener events");
        assertEquals(other.result.bestEpoch(), result.bestEpoch());
        assertEquals(other.result.stoppedEarly(), result.stoppedEarly());
        assertEquals(other.weights.length, weights.length);
        for (int i = 0; i < weights.length; i++) assertArrayEquals(other.weights[i], weights[i], "param " + i);
    }
}
