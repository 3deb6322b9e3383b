package dev.neurona.runtime.spec;

import dev.neurona.runtime.nn.LayerSpec;
import dev.neurona.runtime.nn.Shape;
import dev.neurona.runtime.nn.ShapeException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The architecture of a network: the input's shape ({@code [4]}, an image {@code [28, 28]} or
 * {@code [3, 32, 32]}) and its layers in order. Immutable; the language compiles a {@code model}
 * block to exactly this. Every layer's shape is worked out here, so a spec that exists fits.
 */
public record ModelSpec(List<Integer> inputShape, List<LayerSpec> layers) {
    public ModelSpec {
        inputShape = List.copyOf(inputShape);
        layers = List.copyOf(layers);
        if (inputShape.isEmpty() || inputShape.stream().anyMatch(d -> d <= 0)) {
            throw new IllegalArgumentException("input shape must be positive, got " + inputShape);
        }
        for (int i = 0; i < layers.size() - 1; i++) {
            if (layers.get(i)
                    .appliedActivation()
                    .map(a -> a.kind() == ActivationKind.SOFTMAX)
                    .orElse(false)) {
                throw new IllegalArgumentException("softmax is allowed only on the last layer");
            }
        }
        shapesOf(Shape.ofInput(inputShape), layers);
    }

    public static ModelSpec of(int inputWidth, LayerSpec... layers) {
        return new ModelSpec(List.of(inputWidth), List.of(layers));
    }

    /**
     * The shape after each layer, starting from {@code input}.
     *
     * @throws ShapeException naming the layer (its 1-based position and line) that does not fit
     */
    public static List<Shape> shapesOf(Shape input, List<LayerSpec> layers) {
        List<Shape> shapes = new ArrayList<>(layers.size());
        Shape shape = input;
        for (int i = 0; i < layers.size(); i++) {
            try {
                shape = layers.get(i).outputShape(shape);
            } catch (ShapeException e) {
                throw new ShapeException(
                        "layer " + (i + 1) + " (" + layers.get(i).describe() + "): " + e.getMessage());
            }
            shapes.add(shape);
        }
        return Collections.unmodifiableList(shapes);
    }

    /** What the network takes for one example. */
    public Shape input() {
        return Shape.ofInput(inputShape);
    }

    /** The shape after each layer, in order. */
    public List<Shape> shapes() {
        return shapesOf(input(), layers);
    }

    /** The number of input features: the product of the input shape. */
    public int inputWidth() {
        return input().size();
    }

    /** The width of the network's output: the values the last layer gives per example. */
    public int outputWidth() {
        return layers.isEmpty() ? inputWidth() : shapes().get(layers.size() - 1).size();
    }

    /** Trainable numbers in all layers. */
    public long parameterCount() {
        long count = 0;
        Shape shape = input();
        for (LayerSpec layer : layers) {
            count += layer.parameterCount(shape);
            shape = layer.outputShape(shape);
        }
        return count;
    }

    /** The activation applied last (a trailing activation line wins over the layer before). */
    public ActivationSpec outputActivation() {
        ActivationSpec act = ActivationSpec.LINEAR;
        for (LayerSpec layer : layers) act = layer.appliedActivation().orElse(act);
        return act;
    }
}
