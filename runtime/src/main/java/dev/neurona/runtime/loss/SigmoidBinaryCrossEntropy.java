package dev.neurona.runtime.loss;

import dev.neurona.runtime.nn.activation.Sigmoid;
import org.ejml.data.FMatrixRMaj;
import org.jspecify.annotations.Nullable;

/**
 * Binary cross-entropy of sigmoid outputs against targets t in [0, 1], from the logits z:
 * ℓ = max(z, 0) − z·t + log(1 + e^−|z|), which equals −t·log σ(z) − (1−t)·log(1 − σ(z)) but
 * never takes the log of 0 when the sigmoid saturates. Averaged over rows and outputs; gradient
 * with respect to z: (σ(z) − t) / (rows · outputs).
 */
final class SigmoidBinaryCrossEntropy implements Loss {
    @Override
    public boolean fused() {
        return true;
    }

    @Override
    public double compute(
            FMatrixRMaj output, @Nullable FMatrixRMaj logits, Targets targets, @Nullable FMatrixRMaj grad) {
        if (logits == null) {
            throw new IllegalArgumentException("a fused loss needs the output layer's logits");
        }
        int n = logits.numRows * logits.numCols;
        float[] z = logits.data;
        float[] t = targets.values().data;
        double sum = 0;
        double scale = 1.0 / n;
        if (grad != null) {
            grad.reshape(logits.numRows, logits.numCols);
        }
        for (int i = 0; i < n; i++) {
            double zi = z[i];
            sum += Math.max(zi, 0) - zi * t[i] + Math.log1p(Math.exp(-Math.abs(zi)));
            if (grad != null) {
                grad.data[i] = (float) ((Sigmoid.sigmoid(z[i]) - t[i]) * scale);
            }
        }
        return sum * scale;
    }
}
