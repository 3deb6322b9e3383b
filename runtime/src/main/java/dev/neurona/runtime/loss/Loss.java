package dev.neurona.runtime.loss;

import dev.neurona.runtime.spec.ActivationKind;
import dev.neurona.runtime.spec.LossSpec;
import org.ejml.data.FMatrixRMaj;
import org.jspecify.annotations.Nullable;

/**
 * What training minimises: the mean over a batch of a per-example loss. Where a loss is fused
 * with the output activation (cross-entropy after softmax, binary cross-entropy after sigmoid),
 * it reads the logits, which keeps it finite for any logit, and its gradient is with respect to
 * the logits: simply (p − y) / n.
 */
public interface Loss {

    /** Whether {@link #compute}'s gradient is with respect to the logits rather than the output. */
    boolean fused();

    /**
     * Returns the mean loss of the batch. When {@code grad} is not null it is reshaped to the
     * output's size and receives the gradient of that mean.
     *
     * @param output the network's output (after its activation)
     * @param logits the output layer's values before its activation (read by fused losses)
     */
    double compute(FMatrixRMaj output, @Nullable FMatrixRMaj logits, Targets targets, @Nullable FMatrixRMaj grad);

    /**
     * The loss for a network whose output layer has {@code outputActivation}; cross-entropy needs
     * softmax and binary cross-entropy sigmoid, since they work on the logits.
     */
    static Loss create(LossSpec spec, ActivationKind outputActivation) {
        return switch (spec.kind()) {
            case MSE -> new MeanSquaredError();
            case MAE -> new MeanAbsoluteError();
            case HUBER -> new Huber(spec.delta());
            case CROSS_ENTROPY -> {
                if (outputActivation != ActivationKind.SOFTMAX) {
                    throw new IllegalArgumentException(
                            "cross_entropy needs a softmax output layer, not " + outputActivation.keyword());
                }
                yield new SoftmaxCrossEntropy();
            }
            case BINARY_CROSS_ENTROPY -> {
                if (outputActivation != ActivationKind.SIGMOID) {
                    throw new IllegalArgumentException(
                            "binary_cross_entropy needs a sigmoid output layer, not " + outputActivation.keyword());
                }
                yield new SigmoidBinaryCrossEntropy();
            }
        };
    }
}
