package dev.neurona.runtime.nn.activation;

import dev.neurona.runtime.nn.Layer;
import dev.neurona.runtime.optim.Param;
import java.util.List;
import org.ejml.data.FMatrixRMaj;
import org.jspecify.annotations.Nullable;

/** An activation on its own line: y = f(x), element-wise or (softmax) per row. */
public final class ActivationLayer implements Layer {
    private final int width;
    private final Activation activation;
    private @Nullable FMatrixRMaj input;
    private final FMatrixRMaj y = new FMatrixRMaj(1, 1);
    private final FMatrixRMaj dx = new FMatrixRMaj(1, 1);

    ActivationLayer(int width, Activation activation) {
        this.width = width;
        this.activation = activation;
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
        y.reshape(x.numRows, width);
        activation.forward(x.data, y.data, x.numRows, width);
        return y;
    }

    @Override
    public @Nullable FMatrixRMaj backward(FMatrixRMaj gradOutput, boolean gradIsPreActivation, boolean needInputGrad) {
        if (!needInputGrad) {
            return null;
        }
        if (gradIsPreActivation) {
            return gradOutput;
        }
        dx.reshape(gradOutput.numRows, width);
        if (input == null) {
            throw new IllegalStateException("activation backward needs a forward pass first");
        }
        activation.backward(input.data, y.data, gradOutput.data, dx.data, gradOutput.numRows, width);
        return dx;
    }

    @Override
    public List<Param> params() {
        return List.of();
    }

    @Override
    public @Nullable FMatrixRMaj preActivation() {
        return input;
    }
}
