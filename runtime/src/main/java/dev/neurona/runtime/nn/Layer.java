package dev.neurona.runtime.nn;

import dev.neurona.runtime.optim.Param;
import java.util.List;
import org.ejml.data.FMatrixRMaj;
import org.jspecify.annotations.Nullable;

/**
 * One stage of a network. A layer owns its output and gradient buffers and reuses them from
 * batch to batch: the matrices it returns stay valid until its next call, and are resized, not
 * reallocated, when the batch size changes.
 */
public interface Layer {

    int inputWidth();

    int outputWidth();

    /** Computes this layer's output for a batch (one row per example). */
    FMatrixRMaj forward(FMatrixRMaj input, boolean training);

    /**
     * Given dL/d(output) of the last forward batch, stores the gradients of this layer's params
     * (overwriting them) and returns dL/d(input), or {@code null} when {@code needInputGrad} is
     * false (the first layer's input gradient is of no use, and costs a whole matmul).
     *
     * @param gradIsPreActivation the gradient is already taken with respect to the input of this
     *                            layer's activation (a fused loss did that step)
     */
    @Nullable
    FMatrixRMaj backward(FMatrixRMaj gradOutput, boolean gradIsPreActivation, boolean needInputGrad);

    /** The trainable arrays of this layer (none for dropout and activations). */
    List<Param> params();

    /** The values before this layer's activation in the last forward batch (logits, for a fused loss). */
    @Nullable
    FMatrixRMaj preActivation();

    /**
     * Arrays the layer keeps that are not trained by gradient but belong to the model, such as
     * batch normalisation's running statistics: saved, loaded and averaged with the weights.
     */
    default List<float[]> state() {
        return List.of();
    }
}
