package dev.neurona.runtime;

import dev.neurona.runtime.nn.activation.ActivationLayerSpec;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.nn.dense.DenseSpec;
import dev.neurona.runtime.nn.dropout.DropoutSpec;
import dev.neurona.runtime.spec.InitSpec;
import dev.neurona.runtime.nn.LayerSpec;
import dev.neurona.runtime.spec.ModelSpec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Describes a network layer by layer, the way a {@code model} block does:
 * <pre>{@code
 * ModelSpec spec = Model.builder()
 *         .input(28, 28)
 *         .dense(128, ActivationSpec.RELU)
 *         .dropout(0.2)
 *         .dense(10, ActivationSpec.SOFTMAX)
 *         .spec();
 * }</pre>
 */
public final class ModelBuilder {
    private List<Integer> inputShape;
    private final List<LayerSpec> layers = new ArrayList<>();

    ModelBuilder() {
    }

    /** The input's shape: {@code input(4)} for four features, {@code input(28, 28)} for images. */
    public ModelBuilder input(int... shape) {
        inputShape = Arrays.stream(shape).boxed().toList();
        return this;
    }

    public ModelBuilder dense(int units) {
        return dense(units, ActivationSpec.LINEAR);
    }

    public ModelBuilder dense(int units, ActivationSpec activation) {
        return dense(units, activation, InitSpec.AUTO);
    }

    public ModelBuilder dense(int units, ActivationSpec activation, InitSpec init) {
        layers.add(new DenseSpec(units, activation, init));
        return this;
    }

    public ModelBuilder dropout(double rate) {
        layers.add(new DropoutSpec(rate));
        return this;
    }

    public ModelBuilder activation(ActivationSpec activation) {
        layers.add(new ActivationLayerSpec(activation));
        return this;
    }

    /** The immutable architecture described so far. */
    public ModelSpec spec() {
        if (inputShape == null) throw new IllegalStateException("call input(...) first: a model needs its input width");
        return new ModelSpec(inputShape, layers);
    }

    /** A live model of this architecture, its weights drawn from {@code seed}. */
    public Model build(long seed) {
        return Model.create(spec(), seed);
    }
}
