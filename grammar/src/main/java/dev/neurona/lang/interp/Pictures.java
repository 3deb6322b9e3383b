package dev.neurona.lang.interp;

import dev.neurona.lang.visual.Curves;
import dev.neurona.lang.visual.ReportContent;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.nn.Layer;
import dev.neurona.runtime.nn.dense.Dense;
import dev.neurona.runtime.train.EpochMetrics;
import dev.neurona.runtime.train.History;
import java.util.List;
import java.util.Optional;

/** The runtime's figures and weights as the plain values that {@code dev.neurona.lang.visual} draws. */
final class Pictures {

    private Pictures() {}

    /** Every epoch of {@code history}, oldest first. */
    static Curves curves(History history) {
        List<EpochMetrics> epochs = history.epochs();
        int n = epochs.size();
        double[] loss = new double[n];
        double[] accuracy = new double[n];
        double[] valLoss = new double[n];
        double[] valAccuracy = new double[n];
        for (int i = 0; i < n; i++) {
            EpochMetrics m = epochs.get(i);
            loss[i] = m.loss();
            accuracy[i] = m.accuracy();
            valLoss[i] = m.valLoss();
            valAccuracy[i] = m.valAccuracy();
        }
        return new Curves(loss, accuracy, valLoss, valAccuracy);
    }

    /**
     * The first layer's weights, when they can be drawn as images: the input has a 2-D size and
     * the first layer with weights is dense. Copies the weights.
     */
    static Optional<ReportContent.FirstLayer> firstLayer(Model model) {
        List<Integer> shape = model.spec().inputShape();
        if (shape.size() != 2) return Optional.empty();
        for (Layer layer : model.network().layers()) {
            if (layer instanceof Dense dense) {
                float[] weights = dense.params().get(0).value().clone();
                return Optional.of(
                        new ReportContent.FirstLayer(weights, dense.outputWidth(), shape.get(0), shape.get(1)));
            }
            if (!layer.params().isEmpty()) return Optional.empty();
        }
        return Optional.empty();
    }
}
