package dev.neurona.runtime.train;

import dev.neurona.runtime.spec.Metric;

import java.util.Locale;

/**
 * The figures of one finished epoch. Accuracies are NaN for regression; validation figures are
 * NaN when there is no validation data.
 *
 * @param epoch   1-based number of this epoch within its training run
 * @param epochs  the run's planned number of epochs
 * @param seconds wall time of the epoch, validation included
 */
public record EpochMetrics(int epoch, int epochs, double loss, double accuracy, double valLoss,
                           double valAccuracy, double learningRate, double seconds) {

    public double value(Metric metric) {
        return switch (metric) {
            case LOSS -> loss;
            case ACCURACY -> accuracy;
            case VAL_LOSS -> valLoss;
            case VAL_ACCURACY -> valAccuracy;
        };
    }

    public boolean hasValidation() {
        return !Double.isNaN(valLoss);
    }

    /** The epoch line of the language: {@code epoch 3/10  loss 0.2831  acc 0.9172  val_loss ...  1.2s}. */
    public String format() {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "epoch %d/%d  loss %.4f", epoch, epochs, loss));
        if (!Double.isNaN(accuracy)) line.append(String.format(Locale.ROOT, "  acc %.4f", accuracy));
        if (!Double.isNaN(valLoss)) line.append(String.format(Locale.ROOT, "  val_loss %.4f", valLoss));
        if (!Double.isNaN(valAccuracy)) line.append(String.format(Locale.ROOT, "  val_acc %.4f", valAccuracy));
        line.append(String.format(Locale.ROOT, "  %.1fs", seconds));
        return line.toString();
    }
}
