package dev.neurona.runtime.nn.pool;

import dev.neurona.runtime.nn.Layer;
import dev.neurona.runtime.nn.Shape;
import dev.neurona.runtime.optim.Param;
import java.util.List;
import org.ejml.data.FMatrixRMaj;
import org.jspecify.annotations.Nullable;

/** y[c] = mean of map c; backward spreads each gradient evenly over its map: dx = dy / (H·W). */
final class GlobalAvgPool implements Layer {
    private final int channels;
    private final int area;
    private final FMatrixRMaj y = new FMatrixRMaj(1, 1);
    private final FMatrixRMaj dx = new FMatrixRMaj(1, 1);

    GlobalAvgPool(Shape input) {
        this.channels = input.channels();
        this.area = input.area();
    }

    @Override
    public int inputWidth() {
        return channels * area;
    }

    @Override
    public int outputWidth() {
        return channels;
    }

    @Override
    public FMatrixRMaj forward(FMatrixRMaj x, boolean training) {
        int maps = x.numRows * channels;
        y.reshape(x.numRows, channels);
        float[] in = x.data;
        for (int m = 0; m < maps; m++) {
            float sum = 0;
            for (int i = m * area, end = i + area; i < end; i++) sum += in[i];
            y.data[m] = sum / area;
        }
        return y;
    }

    @Override
    public @Nullable FMatrixRMaj backward(FMatrixRMaj gradOutput, boolean gradIsPreActivation, boolean needInputGrad) {
        if (!needInputGrad) {
            return null;
        }
        int maps = gradOutput.numRows * channels;
        dx.reshape(gradOutput.numRows, channels * area);
        for (int m = 0; m < maps; m++) {
            float g = gradOutput.data[m] / area;
            java.util.Arrays.fill(dx.data, m * area, (m + 1) * area, g);
        }
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
