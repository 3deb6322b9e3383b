package dev.neurona.runtime.nn.activation;

import dev.neurona.runtime.nn.Layer;
import dev.neurona.runtime.nn.LayerContext;
import dev.neurona.runtime.nn.LayerFields;
import dev.neurona.runtime.nn.LayerSpec;
import dev.neurona.runtime.nn.Shape;
import dev.neurona.runtime.spec.ActivationSpec;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Optional;

/** An activation standing on its own line, applied to the previous layer's output. */
public record ActivationLayerSpec(ActivationSpec activation) implements LayerSpec {
    public static final String KIND = "activation";

    public ActivationLayerSpec {
        if (activation == null) {
            throw new IllegalArgumentException("activation is required");
        }
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Shape outputShape(Shape input) {
        return input;
    }

    @Override
    public Optional<ActivationSpec> appliedActivation() {
        return Optional.of(activation);
    }

    @Override
    public String describe() {
        return "activation " + activation;
    }

    @Override
    public void write(DataOutput out) throws IOException {
        LayerFields.writeActivation(out, activation);
    }

    public static ActivationLayerSpec read(DataInput in) throws IOException {
        return new ActivationLayerSpec(LayerFields.readActivation(in));
    }

    @Override
    public Layer build(Shape input, LayerContext context) {
        return new ActivationLayer(input.size(), Activation.of(activation));
    }
}
