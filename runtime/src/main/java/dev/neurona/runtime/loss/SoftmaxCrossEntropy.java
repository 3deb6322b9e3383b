package dev.neurona.runtime.loss;

import dev.neurona.runtime.nn.activation.Softmax;
import org.ejml.data.FMatrixRMaj;
import org.jspecify.annotations.Nullable;

/**
 * Cross-entropy of a softmax output against class labels, from the logits z:
 * loss = mean over rows of (log Σ_j e^(z_j) − z_label), computed with log-sum-exp so that logits
 * of ±1000 stay finite; gradient with respect to z: (softmax(z) − onehot(label)) / rows.
 */
final class SoftmaxCrossEntropy implements Loss {
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
        int rows = logits.numRows;
        int cols = logits.numCols;
        float[] z = logits.data;
        double sum = 0;
        if (grad != null) {
            grad.reshape(rows, cols);
        }
        float inv = 1f / rows;
        for (int r = 0, o = 0; r < rows; r++, o += cols) {
            int label = targets.label(r);
            sum += Softmax.logSumExp(z, o, cols) - z[o + label];
            if (grad != null) {
                for (int j = 0; j < cols; j++) grad.data[o + j] = output.data[o + j] * inv;
                grad.data[o + label] -= inv;
            }
        }
        return sum / rows;
    }
}
