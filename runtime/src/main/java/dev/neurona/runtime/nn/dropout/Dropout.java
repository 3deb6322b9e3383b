package dev.neurona.runtime.nn.dropout;

import dev.neurona.runtime.nn.Layer;
import dev.neurona.runtime.nn.NoiseSource;
import dev.neurona.runtime.optim.Param;
import java.util.List;
import java.util.random.RandomGenerator;
import org.ejml.data.FMatrixRMaj;
import org.jspecify.annotations.Nullable;

/**
 * Inverted dropout: while training, each unit is zeroed with probability {@code rate} and the
 * survivors are scaled by 1/(1 − rate), so inference is the identity. The mask of the last
 * forward pass is kept for the backward pass.
 */
public final class Dropout implements Layer {
    private final int width;
    private final float rate;
    private final NoiseSource noise;
    private final FMatrixRMaj y = new FMatrixRMaj(1, 1);
    private final FMatrixRMaj dx = new FMatrixRMaj(1, 1);
    private float[] mask = new float[0];
    private boolean maskActive;

    Dropout(int width, double rate, NoiseSource noise) {
        this.width = width;
        this.rate = (float) rate;
        this.noise = noise;
    }

    @Override
    public int inputWidth() {
        return width;
    }

    @Override
    public int outputWidth() {
        return width;
    }

    @Override
    public FMatrixRMaj forward(FMatrixRMaj x, boolean training) {
        maskActive = training && rate > 0;
        if (!maskActive) {
            return x;
        }
        int n = x.numRows * width;
        if (mask.length < n) {
            mask = new float[n];
        }
        RandomGenerator random = noise.random();
        float keep = 1f / (1f - rate);
        y.reshape(x.numRows, width);
        for (int i = 0; i < n; i++) {
            mask[i] = random.nextFloat() < rate ? 0f : keep;
            y.data[i] = x.data[i] * mask[i];
        }
        return y;
    }

    @Override
    public @Nullable FMatrixRMaj backward(FMatrixRMaj gradOutput, boolean gradIsPreActivation, boolean needInputGrad) {
        if (!needInputGrad) {
            return null;
        }
        if (!maskActive) {
            return gradOutput;
        }
        int n = gradOutput.numRows * width;
        dx.reshape(gradOutput.numRows, width);
        for (int i = 0; i < n; i++) dx.data[i] = gradOutput.data[i] * mask[i];
        return dx;
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
