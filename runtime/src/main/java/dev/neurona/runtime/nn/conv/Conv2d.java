package dev.neurona.runtime.nn.conv;

import dev.neurona.runtime.linalg.ComputePool;
import dev.neurona.runtime.linalg.MatMul;
import dev.neurona.runtime.nn.Layer;
import dev.neurona.runtime.nn.Shape;
import dev.neurona.runtime.nn.WeightInit;
import dev.neurona.runtime.nn.activation.Activation;
import dev.neurona.runtime.optim.Param;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.ejml.data.FMatrixRMaj;
import org.jspecify.annotations.Nullable;

/**
 * A 2-D convolution as matrix products, one example at a time. An example's patches are unfolded
 * into a C·K·K × P matrix ({@link Im2col}); with W held as PyTorch holds it, F × C·K·K:
 * <pre>
 *   forward   zₙ = W · colsₙ               (F × P: the example's F maps, channel first), + b, y = f(z)
 *   backward  dzₙ = f'(zₙ) ⊙ dyₙ          dWₙ = dzₙ · colsₙᵀ (or its transpose, see below),  dbₙ = Σ_p dzₙ,  dcolsₙ = Wᵀ · dzₙ, folded into dxₙ
 *             dW = Σₙ dWₙ, db = Σₙ dbₙ    summed in example order
 * </pre>
 * Examples run in parallel on the pool, each example's whole pass (unfold, products, bias,
 * activation, fold) on one thread while its maps are in cache, the products on our packed matmul;
 * the sums over examples run in a fixed order, so the numbers do not depend on the thread count.
 * The per-example buffers grow with the largest training batch seen and are reused; inference
 * (prediction, evaluation) needs a few examples' buffers only.
 */
final class Conv2d implements Layer {
    private final Im2col geometry;
    private final int filters;
    private final Activation activation;
    private final Param weights;
    private final Param bias;
    private final FMatrixRMaj w;
    private final ComputePool pool;

    /** Per example: its patches, then (backward) its patches' gradient in the same buffer. */
    private FMatrixRMaj[] cols = new FMatrixRMaj[0];
    /** Per example: its maps before the activation, F × P. */
    private FMatrixRMaj[] pre = new FMatrixRMaj[0];
    /** Per example: its maps after the activation, F × P. */
    private FMatrixRMaj[] post = new FMatrixRMaj[0];
    /** Per example: the gradient with respect to its maps, F × P. */
    private FMatrixRMaj[] grads = new FMatrixRMaj[0];
    /**
     * dWₙ as dzₙ · colsₙᵀ (F × C·K·K) or, when there are fewer filters than patch values, as its
     * transpose colsₙ · dzₙᵀ (C·K·K × F): the matmul packs its second factor transposed, value by
     * value, and this packs the smaller of dzₙ and colsₙ.
     */
    private final boolean transposedWeightGrads;
    /** Per example: its share of dW, laid out as {@link #transposedWeightGrads} says, and of db (F). */
    private FMatrixRMaj[] weightGrads = new FMatrixRMaj[0];
    /** Σₙ dWₙᵀ before it is turned into dW, when the shares are transposed. */
    private final float @Nullable [] summedTransposed;

    private float[][] biasGrads = new float[0][];
    private int batchRows;
    /** Whether the last forward pass was {@link #infer}, which leaves z filled and nothing for backward. */
    private boolean inferred;
    /** Per range of an inference pass: its patches, maps before and after the activation. */
    private FMatrixRMaj[] scratchCols = new FMatrixRMaj[0];

    private FMatrixRMaj[] scratchPre = new FMatrixRMaj[0];
    private float[][] scratchPost = new float[0][];
    private static final int INFERENCE_RANGES_PER_THREAD = 2;
    private final FMatrixRMaj z = new FMatrixRMaj(1, 1);
    private final FMatrixRMaj y = new FMatrixRMaj(1, 1);
    private final FMatrixRMaj dx = new FMatrixRMaj(1, 1);

    Conv2d(String name, Shape input, ConvSpec spec, RandomGenerator random, ComputePool pool) {
        this.geometry = new Im2col(
                input.channels(), input.height(), input.width(), spec.kernel(), spec.stride(), spec.padding());
        this.filters = spec.filters();
        this.activation = Activation.of(spec.activation());
        int patch = geometry.patch();
        this.weights = Param.of(name + ".weights", filters * patch, true);
        this.bias = Param.of(name + ".bias", filters, false);
        this.w = FMatrixRMaj.wrap(filters, patch, weights.value());
        this.pool = pool;
        this.transposedWeightGrads = filters < patch;
        this.summedTransposed = transposedWeightGrads ? new float[filters * patch] : null;
        int area = spec.kernel() * spec.kernel();
        WeightInit.fill(
                weights.value(),
                spec.init().resolve(spec.activation()),
                input.channels() * area,
                filters * area,
                random);
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
        if (!training) {
            return infer(x);
        }
        inferred = false;
        int rows = x.numRows;
        ensureBuffers(rows);
        batchRows = rows;
        y.reshape(rows, outputWidth());
        int out = outputWidth();
        int positions = geometry.positions();
        float[] b = bias.value();
        // Each example's whole forward pass on one thread, while its maps are in cache.
        pool.run(rows, n -> {
            FMatrixRMaj patches = cols[n];
            geometry.unfold(x.data, n * inputWidth(), patches.data);
            float[] zn = pre[n].data;
            MatMul.mult(pool, w, patches, pre[n]); // inside a task, the product runs on this thread
            for (int f = 0; f < filters; f++) {
                float bf = b[f];
                for (int i = f * positions, end = i + positions; i < end; i++) zn[i] += bf;
            }
            float[] yn = post[n].data;
            activation.forward(zn, yn, 1, out); // one row: an example, as the batch-wide call would see it
            System.arraycopy(yn, 0, y.data, n * out, out);
        });
        return y;
    }

    /**
     * The forward pass without what backward needs: examples in a few ranges, each range reusing
     * one set of buffers, so predicting on a large chunk holds a few examples' patches, not all.
     * Each example's arithmetic is the training pass's, so the numbers are the same.
     */
    private FMatrixRMaj infer(FMatrixRMaj x) {
        int rows = x.numRows;
        int out = outputWidth();
        int positions = geometry.positions();
        y.reshape(rows, out);
        z.reshape(rows, out);
        inferred = true;
        int ranges = Math.min(rows, pool.threads() == 1 ? 1 : pool.threads() * INFERENCE_RANGES_PER_THREAD);
        ensureScratch(ranges);
        float[] b = bias.value();
        pool.run(ranges, r -> {
            FMatrixRMaj patches = scratchCols[r];
            FMatrixRMaj pre = scratchPre[r];
            float[] post = scratchPost[r];
            for (int n = (int) ((long) rows * r / ranges), end = (int) ((long) rows * (r + 1) / ranges); n < end; n++) {
                geometry.unfold(x.data, n * inputWidth(), patches.data);
                MatMul.mult(pool, w, patches, pre);
                float[] zn = pre.data;
                for (int f = 0; f < filters; f++) {
                    float bf = b[f];
                    for (int i = f * positions, stop = i + positions; i < stop; i++) zn[i] += bf;
                }
                activation.forward(zn, post, 1, out);
                System.arraycopy(zn, 0, z.data, n * out, out);
                System.arraycopy(post, 0, y.data, n * out, out);
            }
        });
        return y;
    }

    private void ensureScratch(int ranges) {
        if (scratchCols.length >= ranges) {
            return;
        }
        int old = scratchCols.length;
        scratchCols = Arrays.copyOf(scratchCols, ranges);
        scratchPre = Arrays.copyOf(scratchPre, ranges);
        scratchPost = Arrays.copyOf(scratchPost, ranges);
        for (int r = old; r < ranges; r++) {
            scratchCols[r] = new FMatrixRMaj(geometry.patch(), geometry.positions());
            scratchPre[r] = new FMatrixRMaj(filters, geometry.positions());
            scratchPost[r] = new float[outputWidth()];
        }
    }

    @Override
    public @Nullable FMatrixRMaj backward(FMatrixRMaj gradOutput, boolean gradIsPreActivation, boolean needInputGrad) {
        if (inferred) {
            throw new IllegalStateException("conv backward needs a training forward pass first");
        }
        int rows = gradOutput.numRows;
        float[] gd = gradOutput.data;
        int out = outputWidth();
        int positions = geometry.positions();
        if (needInputGrad) {
            dx.reshape(rows, inputWidth());
        }
        pool.run(rows, n -> {
            float[] dzn = grads[n].data;
            System.arraycopy(gd, n * out, dzn, 0, out);
            if (!gradIsPreActivation) {
                activation.backward(pre[n].data, post[n].data, dzn, dzn, 1, out);
            }
            float[] db = biasGrads[n];
            for (int f = 0; f < filters; f++) db[f] = sum(dzn, f * positions, positions);
            if (transposedWeightGrads) {
                MatMul.multTransB(pool, cols[n], grads[n], weightGrads[n]);
            } else {
                MatMul.multTransB(pool, grads[n], cols[n], weightGrads[n]);
            }
            if (needInputGrad) {
                FMatrixRMaj dcols = cols[n];
                MatMul.multTransA(pool, w, grads[n], dcols);
                geometry.fold(dcols.data, dx.data, n * inputWidth());
            }
        });
        sumOverExamples(rows);
        return needInputGrad ? dx : null;
    }

    /**
     * The sum of {@code a[from .. from + count)} in four running sums, combined in a fixed order:
     * one running sum waits on each addition, four keep the adder busy; the same bits everywhere.
     */
    private static float sum(float[] a, int from, int count) {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = from;
        for (int end = from + (count & ~3); i < end; i += 4) {
            s0 += a[i];
            s1 += a[i + 1];
            s2 += a[i + 2];
            s3 += a[i + 3];
        }
        for (int end = from + count; i < end; i++) s0 += a[i];
        return (s0 + s1) + (s2 + s3);
    }

    /** dW = Σₙ dWₙ and db = Σₙ dbₙ, example by example in order; elements split over the pool. */
    private void sumOverExamples(int rows) {
        float[] dw = transposedWeightGrads && summedTransposed != null ? summedTransposed : weights.grad();
        int size = dw.length;
        int chunks = Math.min(size, 8 * pool.threads());
        pool.run(chunks, c -> {
            int from = (int) ((long) size * c / chunks);
            int to = (int) ((long) size * (c + 1) / chunks);
            System.arraycopy(weightGrads[0].data, from, dw, from, to - from);
            for (int n = 1; n < rows; n++) {
                float[] part = weightGrads[n].data;
                for (int i = from; i < to; i++) dw[i] += part[i];
            }
        });
        if (transposedWeightGrads && summedTransposed != null) {
            float[] grad = weights.grad();
            int patch = geometry.patch();
            for (int k = 0; k < patch; k++) {
                for (int f = 0; f < filters; f++) grad[f * patch + k] = summedTransposed[k * filters + f];
            }
        }
        float[] db = bias.grad();
        System.arraycopy(biasGrads[0], 0, db, 0, filters);
        for (int n = 1; n < rows; n++) {
            for (int f = 0; f < filters; f++) db[f] += biasGrads[n][f];
        }
    }

    private void ensureBuffers(int rows) {
        if (cols.length >= rows) {
            return;
        }
        int old = cols.length;
        cols = Arrays.copyOf(cols, rows);
        pre = Arrays.copyOf(pre, rows);
        post = Arrays.copyOf(post, rows);
        grads = Arrays.copyOf(grads, rows);
        weightGrads = Arrays.copyOf(weightGrads, rows);
        biasGrads = Arrays.copyOf(biasGrads, rows);
        for (int n = old; n < rows; n++) {
            cols[n] = new FMatrixRMaj(geometry.patch(), geometry.positions());
            pre[n] = new FMatrixRMaj(filters, geometry.positions());
            post[n] = new FMatrixRMaj(filters, geometry.positions());
            grads[n] = new FMatrixRMaj(filters, geometry.positions());
            weightGrads[n] = transposedWeightGrads
                    ? new FMatrixRMaj(geometry.patch(), filters)
                    : new FMatrixRMaj(filters, geometry.patch());
            biasGrads[n] = new float[filters];
        }
    }

    @Override
    public List<Param> params() {
        return List.of(weights, bias);
    }

    /** The last batch's maps before the activation, gathered from the examples' buffers when asked. */
    @Override
    public FMatrixRMaj preActivation() {
        if (inferred) {
            return z;
        }
        z.reshape(batchRows, outputWidth());
        for (int n = 0; n < batchRows; n++) System.arraycopy(pre[n].data, 0, z.data, n * outputWidth(), outputWidth());
        return z;
    }
}
