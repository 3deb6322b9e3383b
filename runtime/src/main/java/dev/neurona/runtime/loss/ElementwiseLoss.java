package dev.neurona.runtime.loss;

import org.ejml.data.FMatrixRMaj;
import org.jspecify.annotations.Nullable;

/**
 * A loss that is the mean over every output of every row of ℓ(y − t), as Keras averages MSE:
 * loss = Σ ℓ(e) / (rows · outputs), gradient ℓ'(e) / (rows · outputs).
 */
abstract class ElementwiseLoss implements Loss {

    /** ℓ(e) for the error e = output − target. */
    abstract double value(double error);

    /** ℓ'(e). */
    abstract double slope(double error);

    @Override
    public boolean fused() {
        return false;
    }

    @Override
    public double compute(
            FMatrixRMaj output, @Nullable FMatrixRMaj logits, Targets targets, @Nullable FMatrixRMaj grad) {
        int n = output.numRows * output.numCols;
        float[] y = output.data;
        float[] t = targets.values().data;
        double sum = 0;
        double scale = 1.0 / n;
        if (grad != null) {
            grad.reshape(output.numRows, output.numCols);
        }
        for (int i = 0; i < n; i++) {
            double e = (double) y[i] - t[i];
            sum += value(e);
            if (grad != null) {
                grad.data[i] = (float) (slope(e) * scale);
            }
        }
        return sum * scale;
    }
}
