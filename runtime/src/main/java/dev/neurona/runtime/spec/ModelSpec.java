package dev.neurona.runtime.spec;

import java.util.List;

/**
 * The architecture of a network: the input's shape (e.g. [28, 28], or [4]) and its layers in
 * order. Immutable; the language compiles a {@code model} block to exactly this.
 */
public record ModelSpec(List<Integer> inputShape, List<LayerSpec> layers) {
    public ModelSpec {
        inputShape = List.copyOf(inputShape);
        layers = List.copyOf(layers);
        if (inputShape.isEmpty() || inputShape.stream().anyMatch(d -> d <= 0)) {
            throw new IllegalArgumentException("input shape must be positive, got " + inputShape);
        }
        for (int i = 0; i < layers.size(); i++) {
            LayerSpec layer = layers.get(i);
            ActivationSpec act = layer instanceof DenseSpec d ? d.activation()
                    : layer instanceof ActivationLayerSpec a ? a.activation() : null;
            if (act != null && act.kind() == ActivationKind.SOFTMAX && i != layers.size() - 1) {
                throw new IllegalArgumentException("softmax is allowed only on the last layer");
            }
        }
    }

    public static ModelSpec of(int inputWidth, LayerSpec... layers) {
        return new ModelSpec(List.of(inputWidth), List.of(layers));
    }

    /** The number of input features: the product of the input shape. */
    public int inputWidth() {
        int width = 1;
        for (int d : inputShape) width *= d;
        return width;
    }

    /** The width of the network's output: the units of the last dense layer (or the input). */
    public int outputWidth() {
        int width = inputWidth();
        for (LayerSpec layer : layers) {
            if (layer instanceof DenseSpec d) width = d.units();
        }
        return width;
    }

    /** The activation applied last (a trailing activation line wins over the dense layer's). */
    public ActivationSpec outputActivation() {
        ActivationSpec act = ActivationSpec.LINEAR;
        for (LayerSpec layer : layers) {
            if (layer instanceof DenseSpec d) act = d.activation();
            else if (layer instanceof ActivationLayerSpec a) act = a.activation();
        }
        return act;
    }
}
