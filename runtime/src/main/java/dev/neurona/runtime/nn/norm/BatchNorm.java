package dev.neurona.runtime.nn.norm;

import dev.neurona.runtime.linalg.ComputePool;
import dev.neurona.runtime.nn.Layer;
import dev.neurona.runtime.nn.Shape;
import dev.neurona.runtime.optim.Param;
import java.util.List;
import org.ejml.data.FMatrixRMaj;
import org.jspecify.annotations.Nullable;

/**
 * Batch normalisation over the M = N·H·W values of each channel (N for a vector's units):
 * x̂ = (x − μ)/√(σ² + ε), y = γ·x̂ + β, with the batch's μ and biased σ² while training and the
 * running ones at inference. Backward, per channel:
 * dγ = Σ dy·x̂, dβ = Σ dy, dx = γ/(M·√(σ² + ε)) · (M·dy − dβ − x̂·dγ).
 * Sums run in double, channel by channel in a fixed order, channels in parallel: the same
 * numbers at any thread count.
 */
final class BatchNorm implements Layer {
    private final int channels;
    private final int area;
    private final float momentum;
    private final float epsilon;
    private final Param gamma;
    private final Param beta;
    private final float[] runningMean;
    private final float[] runningVariance;
    private final ComputePool pool;
    private final float[] inverseStd;
    private final FMatrixRMaj normalized = new FMatrixRMaj(1, 1);
    private final FMatrixRMaj y = new FMatrixRMaj(1, 1);
    private final FMatrixRMaj dx = new FMatrixRMaj(1, 1);
    private boolean trainedBatch;

    BatchNorm(String name, Shape input, BatchNormSpec spec, ComputePool pool) {
        this.channels = input.channels();
        this.area = input.area();
        this.momentum = (float) spec.momentum();
        this.epsilon = (float) spec.epsilon();
        this.gamma = Param.of(name + ".gamma", channels, false);
        this.beta = Param.of(name + ".beta", channels, false);
        java.util.Arrays.fill(gamma.value(), 1f);
        this.runningMean = new float[channels];
        this.runningVariance = new float[channels];
        java.util.Arrays.fill(runningVariance, 1f);
        this.inverseStd = new float[channels];
        this.pool = pool;
    }

    @Override
    public int inputWidth() {
        return channels * area;
    }

    @Override
    public int outputWidth() {
        return channels * area;
    }

    @Override
    public FMatrixRMaj forward(FMatrixRMaj x, boolean training) {
        int rows = x.numRows;
        y.reshape(rows, outputWidth());
        normalized.reshape(rows, outputWidth());
        trainedBatch = training;
        pool.run(channels, c -> {
            float mean;
            float inv;
            if (training) {
                double sum = 0;
                for (int n = 0; n < rows; n++) {
                    for (int i = offset(n, c), end = i + area; i < end; i++) sum += x.data[i];
                }
                double m = sum / ((long) rows * area);
                double squares = 0;
                for (int n = 0; n < rows; n++) {
                    for (int i = offset(n, c), end = i + area; i < end; i++) {
                        double d = x.data[i] - m;
                        squares += d * d;
                    }
                }
                double variance = squares / ((long) rows * area);
                mean = (float) m;
                inv = (float) (1 / Math.sqrt(variance + epsilon));
                runningMean[c] = momentum * runningMean[c] + (1 - momentum) * mean;
                runningVariance[c] = momentum * runningVariance[c] + (1 - momentum) * (float) variance;
            } else {
                mean = runningMean[c];
                inv = (float) (1 / Math.sqrt(runningVariance[c] + epsilon));
            }
            inverseStd[c] = inv;
            float g = gamma.value()[c];
            float b = beta.value()[c];
            for (int n = 0; n < rows; n++) {
                for (int i = offset(n, c), end = i + area; i < end; i++) {
                    float h = (x.data[i] - mean) * inv;
                    normalized.data[i] = h;
                    y.data[i] = g * h + b;
                }
            }
        });
        return y;
    }

    private int offset(int n, int c) {
        return (n * channels + c) * area;
    }

    @Override
    public @Nullable FMatrixRMaj backward(FMatrixRMaj gradOutput, boolean gradIsPreActivation, boolean needInputGrad) {
        int rows = gradOutput.numRows;
        float[] g = gradOutput.data;
        float[] h = normalized.data;
        if (needInputGrad) {
            dx.reshape(rows, inputWidth());
        }
        pool.run(channels, c -> {
            double sumG = 0;
            double sumGH = 0;
            for (int n = 0; n < rows; n++) {
                for (int i = offset(n, c), end = i + area; i < end; i++) {
                    sumG += g[i];
                    sumGH += (double) g[i] * h[i];
                }
            }
            beta.grad()[c] = (float) sumG;
            gamma.grad()[c] = (float) sumGH;
            if (!needInputGrad) {
                return;
            }
            float scale = gamma.value()[c] * inverseStd[c];
            if (!trainedBatch) {
                // Inference statistics are constants: the layer is affine, dx = γ/σ · dy.
                for (int n = 0; n < rows; n++) {
                    for (int i = offset(n, c), end = i + area; i < end; i++) dx.data[i] = scale * g[i];
                }
                return;
            }
            double count = (double) rows * area;
            float meanG = (float) (sumG / count);
            float meanGH = (float) (sumGH / count);
            for (int n = 0; n < rows; n++) {
                for (int i = offset(n, c), end = i + area; i < end; i++) {
                    dx.data[i] = scale * (g[i] - meanG - h[i] * meanGH);
                }
            }
        });
        return needInputGrad ? dx : null;
    }

    @Override
    public List<Param> params() {
        return List.of(gamma, beta);
    }

    @Override
    public List<float[]> state() {
        return List.of(runningMean, runningVariance);
    }

    @Override
    public FMatrixRMaj preActivation() {
        return y;
    }
}
