package dev.neurona.runtime.train;

import dev.neurona.runtime.i18n.Messages;
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
public record EpochMetrics(
        int epoch,
        int epochs,
        double loss,
        double accuracy,
        double valLoss,
        double valAccuracy,
        double learningRate,
        double seconds) {

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
        return format(Messages.english());
    }

    /** The epoch line in the language of {@code messages} ({@code época 3/10  pérdida 0.2831 ...}). */
    public String format(Messages messages) {
        String e = String.valueOf(epoch);
        String of = String.valueOf(epochs);
        String time = String.format(Locale.ROOT, "%.1fs", seconds);
        boolean acc = !Double.isNaN(accuracy);
        boolean val = !Double.isNaN(valLoss);
        if (!acc && !val) {
            return messages.text("epoch.line.loss", e, of, four(loss), time);
        }
        if (!acc) {
            return messages.text("epoch.line.val", e, of, four(loss), four(valLoss), time);
        }
        if (!val) {
            return messages.text("epoch.line.acc", e, of, four(loss), four(accuracy), time);
        }
        if (Double.isNaN(valAccuracy)) {
            return messages.text("epoch.line.acc_val", e, of, four(loss), four(accuracy), four(valLoss), time);
        }
        return messages.text(
                "epoch.line.acc_val_acc", e, of, four(loss), four(accuracy), four(valLoss), four(valAccuracy), time);
    }

    private static String four(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
