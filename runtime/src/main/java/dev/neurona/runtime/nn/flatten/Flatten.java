package dev.neurona.runtime.nn.flatten;

import dev.neurona.runtime.nn.Layer;
import dev.neurona.runtime.optim.Param;
import java.util.List;
import org.ejml.data.FMatrixRMaj;
import org.jspecify.annotations.Nullable;

/** Maps held channel by channel are already one row per example: flatten hands them on as they are. */
final class Flatten implements Layer {
    private final int width;
    private FMatrixRMaj input = new FMatrixRMaj(1, 1);

    Flatten(int width) {
        this.width = width;
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
        input = x;
        return x;
    }

    @Override
    public @Nullable FMatrixRMaj backward(FMatrixRMaj gradOutput, boolean gradIsPreActivation, boolean needInputGrad) {
        return needInputGrad ? gradOutput : null;
    }

    @Override
    public List<Param> params() {
        return List.of();
    }

    @Override
    public FMatrixRMaj preActivation() {
        return input;
    }
}
