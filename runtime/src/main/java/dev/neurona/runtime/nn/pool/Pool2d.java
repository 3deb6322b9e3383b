package dev.neurona.runtime.nn.pool;

import dev.neurona.runtime.linalg.ComputePool;
import dev.neurona.runtime.nn.Layer;
import dev.neurona.runtime.nn.RowRanges;
import dev.neurona.runtime.nn.Shape;
import dev.neurona.runtime.optim.Param;
import java.util.Arrays;
import java.util.List;
import org.ejml.data.FMatrixRMaj;
import org.jspecify.annotations.Nullable;

/**
 * Max or average pooling per channel. Max keeps where each window's maximum was (the first, on
 * ties) and sends the whole gradient there; average sends each window's gradient back evenly,
 * 1/K² to each of its cells. Examples run in parallel, each alone, so any thread count gives the
 * same numbers.
 */
final class Pool2d implements Layer {
    private final boolean max;
    private final int channels;
    private final int height;
    private final int width;
    private final int window;
    private final int stride;
    private final int outHeight;
    private final int outWidth;
    private final ComputePool pool;
    private final FMatrixRMaj y = new FMatrixRMaj(1, 1);
    private final FMatrixRMaj dx = new FMatrixRMaj(1, 1);
    /** For max pooling: the input index (within its example) of each output's maximum. */
    private int[] argmax = new int[0];

    Pool2d(Shape input, PoolSpec spec, ComputePool pool) {
        Shape out = spec.outputShape(input);
        this.max = spec.op() == PoolSpec.Op.MAX;
        this.channels = input.channels();
        this.height = input.height();
        this.width = input.width();
        this.window = spec.window();
        this.stride = spec.stride();
        this.outHeight = out.height();
        this.outWidth = out.width();
        this.pool = pool;
    }

    @Override
    public int inputWidth() {
        return channels * height * width;
    }

    @Override
    public int outputWidth() {
        return channels * outHeight * outWidth;
    }

    @Override
    public FMatrixRMaj forward(FMatrixRMaj x, boolean training) {
        int rows = x.numRows;
        y.reshape(rows, outputWidth());
        if (max && argmax.length < rows * outputWidth()) {
            argmax = new int[rows * outputWidth()];
        }
        RowRanges.forEach(pool, rows, (from, to) -> {
            for (int n = from; n < to; n++) {
                if (max) {
                    maxForward(x.data, n);
                } else {
                    avgForward(x.data, n);
                }
            }
        });
        return y;
    }

    private void maxForward(float[] in, int n) {
        if (window == 2 && stride == 2) {
            maxForward2x2(in, n);
            return;
        }
        float[] out = y.data;
        int[] winners = argmax;
        int inBase = n * inputWidth();
        int o = n * outputWidth();
        for (int c = 0; c < channels; c++) {
            int plane = c * height * width;
            for (int oy = 0; oy < outHeight; oy++) {
                int top = plane + oy * stride * width;
                for (int ox = 0; ox < outWidth; ox++, o++) {
                    int corner = top + ox * stride;
                    int best = corner;
                    float bestValue = in[inBase + corner];
                    for (int ky = 0; ky < window; ky++) {
                        int row = corner + ky * width;
                        for (int kx = 0; kx < window; kx++) {
                            float v = in[inBase + row + kx];
                            if (v > bestValue) {
                                bestValue = v;
                                best = row + kx;
                            }
                        }
                    }
                    out[o] = bestValue;
                    winners[o] = best;
                }
            }
        }
    }

    /** The common 2×2, stride 2 case, unrolled: most of a small CNN's pooling time. */
    private void maxForward2x2(float[] in, int n) {
        float[] out = y.data;
        int[] winners = argmax;
        int inBase = n * inputWidth();
        int o = n * outputWidth();
        for (int c = 0; c < channels; c++) {
            int plane = c * height * width;
            for (int oy = 0; oy < outHeight; oy++) {
                int top = plane + 2 * oy * width;
                for (int ox = 0; ox < outWidth; ox++, o++) {
                    int i0 = top + 2 * ox;
                    int i1 = i0 + width;
                    float a = in[inBase + i0];
                    float b = in[inBase + i0 + 1];
                    float d = in[inBase + i1];
                    float e = in[inBase + i1 + 1];
                    // Branch-free: after a ReLU many values tie at 0, and a mispredicted branch per
                    // window cost more than the rest of the pool. The sign of a − b says b > a.
                    int upper = i0 + (Float.floatToRawIntBits(a - b) >>> 31);
                    int lower = i1 + (Float.floatToRawIntBits(d - e) >>> 31);
                    float upperValue = Math.max(a, b);
                    float lowerValue = Math.max(d, e);
                    int lowerWins = Float.floatToRawIntBits(upperValue - lowerValue) >>> 31;
                    winners[o] = upper + lowerWins * (lower - upper);
                    out[o] = Math.max(upperValue, lowerValue);
                }
            }
        }
    }

    private void avgForward(float[] in, int n) {
        int inBase = n * inputWidth();
        int o = n * outputWidth();
        float scale = 1f / (window * window);
        for (int c = 0; c < channels; c++) {
            int plane = inBase + c * height * width;
            for (int oy = 0; oy < outHeight; oy++) {
                for (int ox = 0; ox < outWidth; ox++, o++) {
                    float sum = 0;
                    for (int ky = 0; ky < window; ky++) {
                        int row = plane + (oy * stride + ky) * width + ox * stride;
                        for (int kx = 0; kx < window; kx++) sum += in[row + kx];
                    }
                    y.data[o] = sum * scale;
                }
            }
        }
    }

    @Override
    public @Nullable FMatrixRMaj backward(FMatrixRMaj gradOutput, boolean gradIsPreActivation, boolean needInputGrad) {
        if (!needInputGrad) {
            return null;
        }
        int rows = gradOutput.numRows;
        dx.reshape(rows, inputWidth());
        float[] g = gradOutput.data;
        RowRanges.forEach(pool, rows, (from, to) -> {
            Arrays.fill(dx.data, from * inputWidth(), to * inputWidth(), 0f);
            for (int n = from; n < to; n++) {
                if (max) {
                    maxBackward(g, n);
                } else {
                    avgBackward(g, n);
                }
            }
        });
        return dx;
    }

    private void maxBackward(float[] g, int n) {
        int inBase = n * inputWidth();
        for (int o = n * outputWidth(), end = o + outputWidth(); o < end; o++) dx.data[inBase + argmax[o]] += g[o];
    }

    private void avgBackward(float[] g, int n) {
        int inBase = n * inputWidth();
        int o = n * outputWidth();
        float scale = 1f / (window * window);
        for (int c = 0; c < channels; c++) {
            int plane = inBase + c * height * width;
            for (int oy = 0; oy < outHeight; oy++) {
                for (int ox = 0; ox < outWidth; ox++, o++) {
                    float share = g[o] * scale;
                    for (int ky = 0; ky < window; ky++) {
                        int row = plane + (oy * stride + ky) * width + ox * stride;
                        for (int kx = 0; kx < window; kx++) dx.data[row + kx] += share;
                    }
                }
            }
        }
    }

    @Override
    public List<Param> params() {
        return List.of();
    }

    @Override
    public FMatrixRMaj preActivation() {
        return y;
    }
}
