package dev.neurona.runtime.train;

import dev.neurona.runtime.NeuronaException;
import java.util.Locale;

/** The loss became NaN or infinite; the model is left with its weights from before that epoch. */
public final class DivergenceException extends NeuronaException {
    private final int epoch;
    private final int batch;
    private final double learningRate;

    public DivergenceException(int epoch, int batch, double learningRate, double loss) {
        super(String.format(
                Locale.ROOT,
                "training diverged: the loss became %s at epoch %d, batch %d (learning rate %s); "
                        + "try a smaller learning rate, clip_norm, or normalized inputs",
                Double.isNaN(loss) ? "NaN" : "infinite",
                epoch,
                batch,
                formatRate(learningRate)));
        this.epoch = epoch;
        this.batch = batch;
        this.learningRate = learningRate;
    }

    public int epoch() {
        return epoch;
    }

    public int batch() {
        return batch;
    }

    public double learningRate() {
        return learningRate;
    }

    private static String formatRate(double lr) {
        return new java.math.BigDecimal(lr)
                .round(new java.math.MathContext(4))
                .stripTrailingZeros()
                .toPlainString();
    }
}
