package dev.neurona.runtime.nn.dense;

import dev.neurona.runtime.linalg.ComputePool;
import dev.neurona.runtime.linalg.MatMul;
import dev.neurona.runtime.nn.Layer;
import dev.neurona.runtime.nn.WeightInit;
import dev.neurona.runtime.nn.activation.Activation;
import dev.neurona.runtime.optim.Param;
import java.util.List;
import java.util.random.RandomGenerator;
import org.ejml.data.FMatrixRMaj;
import org.jspecify.annotations.Nullable;

/**
 * A fully connected layer with its activation fused in: z = x·W + b, y = f(z), the bias and the
 * activation in one pass over the batch where the function allows.
 * W is {@code inputs × units}, so a batch of rows multiplies on the left without a transpose.
 * Backward: dz = dy ⊙ f'(z), dW = xᵀ·dz, db = Σ_rows dz, dx = dz·Wᵀ.
 */
public final class Dense implements Layer {
    private final int inputs;
    private final int units;
    private final Activation activation;
    private final Param weights;
    private final Param bias;
    private final FMatrixRMaj w;
    private final FMatrixRMaj dw;
    private final ComputePool pool;

    private @Nullable FMatrixRMaj input;
    private final FMatrixRMaj z = new FMatrixRMaj(1, 1);
    private final FMatrixRMaj y = new FMatrixRMaj(1, 1);
    private final FMatrixRMaj dz = new FMatrixRMaj(1, 1);
    private final FMatrixRMaj dx = new FMatrixRMaj(1, 1);

    Dense(String name, int inputs, DenseSpec spec, RandomGenerator random, ComputePool pool) {
        this.inputs = inputs;
        this.units = spec.units();
        this.activation = Activation.of(spec.activation());
        this.weights = Param.of(name + ".weights", inputs * units, true);
        this.bias = Param.of(name + ".bias", units, false);
        this.w = FMatrixRMaj.wrap(inputs, units, weights.value());
        this.dw = FMatrixRMaj.wrap(inputs, units, weights.grad());
        this.pool = pool;
        WeightInit.fill(weights.value(), spec.init().resolve(spec.activation()), inputs, units, random);
    }

    @Override
    public int inputWidth() {
        return inputs;
    }

    @Override
    public int outputWidth() {
        return units;
    }

    @Override
    public FMatrixRMaj forward(FMatrixRMaj x, boolean training) {
        input = x;
        int rows = x.numRows;
        MatMul.mult(pool, x, w, z);
        float[] zd = z.data;
        float[] b = bias.value();
        if (activation.isIdentity()) {
            for (int r = 0, o = 0; r < rows; r++, o += units) {
                for (int j = 0; j < units; j++) zd[o + j] += b[j];
            }
            return z;
        }
        y.reshape(rows, units);
        activation.forwardWithBias(zd, b, y.data, rows, units);
        return y;
    }

    @Override
    public @Nullable FMatrixRMaj backward(FMatrixRMaj gradOutput, boolean gradIsPreActivation, boolean needInputGrad) {
        int rows = gradOutput.numRows;
        FMatrixRMaj g = gradOutput;
        if (!gradIsPreActivation && !activation.isIdentity()) {
            dz.reshape(rows, units);
            activation.backward(z.data, y.data, gradOutput.data, dz.data, rows, units);
            g = dz;
        }
        if (input == null) {
            throw new IllegalStateException("dense backward needs a forward pass first");
        }
        MatMul.multTransA(pool, input, g, dw);
        float[] db = bias.grad();
        java.util.Arrays.fill(db, 0f);
        float[] gd = g.data;
        for (int r = 0, o = 0; r < rows; r++, o += units) {
            for (int j = 0; j < units; j++) db[j] += gd[o + j];
        }
        if (!needInputGrad) {
            return null;
        }
        return MatMul.multTransB(pool, g, w, dx);
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
