package dev.neurona.runtime;

import dev.neurona.runtime.nn.LayerSpec;
import dev.neurona.runtime.nn.activation.ActivationLayerSpec;
import dev.neurona.runtime.nn.conv.ConvSpec;
import dev.neurona.runtime.nn.conv.Padding;
import dev.neurona.runtime.nn.dense.DenseSpec;
import dev.neurona.runtime.nn.dropout.DropoutSpec;
import dev.neurona.runtime.nn.flatten.FlattenSpec;
import dev.neurona.runtime.nn.norm.BatchNormSpec;
import dev.neurona.runtime.nn.pool.GlobalAvgPoolSpec;
import dev.neurona.runtime.nn.pool.PoolSpec;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.InitSpec;
import dev.neurona.runtime.spec.ModelSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
    private @Nullable List<Integer> inputShape;
    private final List<LayerSpec> layers = new ArrayList<>();

    ModelBuilder() {}

    /**
     * The input's shape: {@code input(4)} for four features, {@code input(28, 28)} for one 28×28
     * map, {@code input(3, 32, 32)} for three channels (channels first).
     */
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

    /** {@code conv FILTERS KxK ACTIVATION}: stride 1, {@code valid} padding. */
    public ModelBuilder conv(int filters, int kernel, ActivationSpec activation) {
        return layer(new ConvSpec(filters, kernel, activation));
    }

    /** {@code conv FILTERS KxK ACTIVATION stride=S padding=P}. */
    public ModelBuilder conv(int filters, int kernel, ActivationSpec activation, int stride, Padding padding) {
        return layer(new ConvSpec(filters, kernel, stride, padding, activation, InitSpec.AUTO));
    }

    /** {@code maxpool KxK}, the stride being the window. */
    public ModelBuilder maxpool(int window) {
        return layer(new PoolSpec(PoolSpec.Op.MAX, window));
    }

    /** {@code avgpool KxK}, the stride being the window. */
    public ModelBuilder avgpool(int window) {
        return layer(new PoolSpec(PoolSpec.Op.AVG, window));
    }

    public ModelBuilder globalAvgpool() {
        return layer(new GlobalAvgPoolSpec());
    }

    public ModelBuilder flatten() {
        return layer(new FlattenSpec());
    }

    /** {@code batchnorm} with Keras' defaults, momentum 0.99 and eps 0.001. */
    public ModelBuilder batchnorm() {
        return layer(new BatchNormSpec());
    }

    /** Any layer, as its spec: the other methods are shorthands for this. */
    public ModelBuilder layer(LayerSpec layer) {
        layers.add(java.util.Objects.requireNonNull(layer, "layer"));
        return this;
    }

    /** The immutable architecture described so far. */
    public ModelSpec spec() {
        if (inputShape == null) {
            throw new IllegalStateException("call input(...) first: a model needs its input width");
        }
        return new ModelSpec(inputShape, layers);
    }

    /** A live model of this architecture, its weights drawn from {@code seed}. */
    public Model build(long seed) {
        return Model.create(spec(), seed);
    }
}
