package dev.neurona.lang.check;

import dev.neurona.lang.check.facts.DataShape;
import dev.neurona.runtime.nn.LayerSpec;
import dev.neurona.runtime.nn.Shape;
import dev.neurona.runtime.nn.dense.DenseSpec;
import dev.neurona.runtime.spec.ActivationKind;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.ModelSpec;
import java.util.List;
import java.util.Optional;

/**
 * A model's interface as far as checks are concerned: how many inputs it takes, how many outputs
 * it gives and what its output activation is.
 *
 * @param inputShape  empty when the input comes from a data set whose shape is not known ahead
 * @param outputWidth empty when it is the (unknown) input width, as in a model without dense layers
 */
public record ModelInfo(
        Optional<List<Integer>> inputShape, Optional<Integer> outputWidth, ActivationKind outputActivation) {

    public static ModelInfo of(ModelSpec spec) {
        return new ModelInfo(
                Optional.of(spec.inputShape()),
                Optional.of(spec.outputWidth()),
                spec.outputActivation().kind());
    }

    /**
     * The interface of a model with these layers after an input of {@code inputShape}, if known.
     * The layers must fit the shape (the check has said so); without a shape, the output width is
     * known only from a layer that sets it, such as {@code dense}.
     */
    public static ModelInfo of(Optional<List<Integer>> inputShape, List<LayerSpec> layers) {
        ActivationSpec activation = ActivationSpec.LINEAR;
        for (LayerSpec layer : layers) activation = layer.appliedActivation().orElse(activation);
        Optional<Integer> width;
        if (inputShape.isPresent()) {
            List<Shape> shapes = ModelSpec.shapesOf(Shape.ofInput(inputShape.get()), layers);
            width = Optional.of(
                    shapes.isEmpty()
                            ? Shape.ofInput(inputShape.get()).size()
                            : shapes.get(shapes.size() - 1).size());
        } else {
            width = Optional.empty();
            for (LayerSpec layer : layers) {
                if (layer instanceof DenseSpec dense) width = Optional.of(dense.units());
            }
        }
        return new ModelInfo(inputShape, width, activation.kind());
    }

    /** The model for {@code input DATA} takes the data's shape. */
    public static Optional<List<Integer>> shapeOf(Optional<DataShape> data) {
        return data.map(DataShape::featureShape);
    }

    public Optional<Integer> inputWidth() {
        return inputShape.map(shape -> shape.stream().reduce(1, (a, b) -> a * b));
    }
}
