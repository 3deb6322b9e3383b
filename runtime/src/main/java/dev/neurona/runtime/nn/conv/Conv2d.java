package dev.neurona.runtime.nn.conv;

import dev.neurona.runtime.linalg.ComputePool;
import dev.neurona.runtime.linalg.MatMul;
import dev.neurona.runtime.nn.Layer;
import dev.neurona.runtime.nn.RowRanges;
import dev.neurona.runtime.nn.Shape;
import dev.neurona.runtime.nn.WeightInit;
import dev.neurona.runtime.nn.activation.Activation;
import dev.neurona.runtime.optim.Param;
import org.ejml.data.FMatrixRMaj;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A 2-D convolution as one matrix product per batch. The batch's patches are unfolded into P
 * rows per example ({@link Im2col}), so that with W held as PyTorch holds it, F × C·K·K:
 * <pre>
 *   forward   Z' = cols · Wᵀ            (N·P × F), then z = Z' per example transposed to F maps, + b, y = f(z)
 *   backward  dZ' = f'(z) ⊙ dy, as rows  dW = dZ'ᵀ · cols,  db = Σ dZ',  dcols = dZ' · W, folded back into dx
 * </pre>
 * The products run on our packed matmul across the pool; unfolding, folding and the transposes
 * run example by example in parallel. Every sum has a fixed order, so the numbers do not depend
 * on the thread count.
 */
final class Conv2d implements Layer {
    private final Im2col geometry;
    private final int filters;
    private final Activation activation;
    private final Param weights;
    private final Param bias;
    private final FMatrixRMaj w;
    private final FMatrixRMaj dw;
    private final ComputePool pool;

    private final FMatrixRMaj cols = new FMatrixRMaj(1, 1);
    private final FMatrixRMaj rowsOut = new FMatrixRMaj(1, 1);
    private final FMatrixRMaj z = new FMatrixRMaj(1, 1);
    private final FMatrixRMaj y = new FMatrixRMaj(1, 1);
    private final FMatrixRMaj dz = new FMatrixRMaj(1, 1);
    private final FMatrixRMaj dcols = new FMatrixRMaj(1, 1);
    private final FMatrixRMaj dx = new FMatrixRMaj(1, 1);

    Conv2d(String name, Shape input, ConvSpec spec, RandomGenerator random, ComputePool pool) {
        this.geometry = new Im2col(input.channels(), input.height(), input.width(), spec.kernel(), spec.stride(), spec.padding());
        this.filters = spec.filters();
        this.activation = Activation.of(spec.activation());
        int patch = geometry.patch();
        this.weights = Param.of(name + ".weights", filters * patch, true);
        this.bias = Param.of(name + ".bias", filters, false);
        this.w = FMatrixRMaj.wrap(filters, patch, weights.value());
        this.dw = FMatrixRMaj.wrap(filters, patch, weights.grad());
        this.pool = pool;
        int area = spec.kernel() * spec.kernel();
        WeightInit.fill(weights.value(), spec.init().resolve(spec.activation()), input.channels() * area, filters * area, random);
    }

    @Override
    public int inputWidth() {
        return geometry.channels * geometry.height * geometry.width;
    }

    @Override
    public int outputWidth() {
        return filters * geometry.positions();
    }

    @Override
    public FMatrixRMaj forward(FMatrixRMaj x, boolean training) {
        int rows = x.numRows;
        int positions = geometry.positions();
        int patch = geometry.patch();
        cols.reshape(rows * positions, patch);
        RowRanges.forEach(pool, rows, (from, to) -> {
            for (int n = from; n < to; n++) geometry.unfold(x.data, n * inputWidth(), cols.data, n * positions * patch);
        });
        MatMul.multTransB(pool, cols, w, rowsOut);
        z.reshape(rows, outputWidth());
        float[] b = bias.value();
        RowRanges.forEach(pool, rows, (from, to) -> {
            for (int n = from; n < to; n++) {
                int in = n * positions * filters;
                int out = n * outputWidth();
                for (int f = 0; f < filters; f++) {
                    float bf = b[f];
                    for (int p = 0, o = out + f * positions; p < positions; p++) z.data[o + p] = rowsOut.data[in + p * filters + f] + bf;
                }
            }
        });
        if (activation.isIdentity()) return z;
        y.reshape(rows, outputWidth());
        activation.forward(z.data, y.data, rows, outputWidth());
        return y;
    }

    @Override
    public FMatrixRMaj backward(FMatrixRMaj gradOutput, boolean gradIsPreActivation, boolean needInputGrad) {
        int rows = gradOutput.numRows;
        int positions = geometry.positions();
        FMatrixRMaj g = gradOutput;
        if (!gradIsPreActivation && !activation.isIdentity()) {
            dz.reshape(rows, outputWidth());
            activation.backward(z.data, y.data, gradOutput.data, dz.data, rows, outputWidth());
            g = dz;
        }
        float[] gd = g.data;
        // dZ' as rows (N·P × F) reuses the forward product's buffer.
        RowRanges.forEach(pool, rows, (from, to) -> {
            for (int n = from; n < to; n++) {
                int in = n * outputWidth();
                int out = n * positions * filters;
                for (int f = 0; f < filters; f++) {
                    for (int p = 0, i = in + f * positions; p < positions; p++) rowsOut.data[out + p * filters + f] = gd[i + p];
                }
            }
        });
        float[] db = bias.grad();
        Arrays.fill(db, 0f);
        for (int r = 0, o = 0, end = rows * positions; r < end; r++, o += filters) {
            for (int f = 0; f < filters; f++) db[f] += rowsOut.data[o + f];
        }
        MatMul.multTransA(pool, rowsOut, cols, dw);
        if (!needInputGrad) return null;
        MatMul.mult(pool, rowsOut, w, dcols);
        dx.reshape(rows, inputWidth());
        int patch = geometry.patch();
        RowRanges.forEach(pool, rows, (from, to) -> {
            for (int n = from; n < to; n++) geometry.fold(dcols.data, n * positions * patch, dx.data, n * inputWidth());
        });
        return dx;
    }

    @Override
    public List<Param> params() {
        return List.of(weights, bias);
    }

    @Override
    public FMatrixRMaj preActivation() {
        return z;
    }
}
