package dev.neurona.runtime.nn.dense;

import dev.neurona.runtime.nn.Layer;
import dev.neurona.runtime.nn.LayerContext;
import dev.neurona.runtime.nn.LayerFields;
import dev.neurona.runtime.nn.LayerSpec;
import dev.neurona.runtime.nn.Shape;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.InitSpec;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Optional;

/**
 * A fully connected layer: {@code units} outputs, then {@code activation}. After maps it takes
 * their C·H·W values as one vector, as Keras' {@code Flatten} then {@code Dense} would.
 * An input of {@code n} values gives {@code n·units} weights and {@code units} biases.
 */
public record DenseSpec(int units, ActivationSpec activation, InitSpec init) implements LayerSpec {
    public static final String KIND = "dense";

    public DenseSpec {
        if (units <= 0) {
            throw new IllegalArgumentException("a dense layer needs at least one unit, got " + units);
        }
        if (activation == null) {
            activation = ActivationSpec.LINEAR;
        }
        if (init == null) {
            init = InitSpec.AUTO;
        }
    }

    public DenseSpec(int units, ActivationSpec activation) {
        this(units, activation, InitSpec.AUTO);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Shape outputShape(Shape input) {
        return Shape.vector(units);
    }

    @Override
    public long parameterCount(Shape input) {
        return (long) input.size() * units + units;
    }

    @Override
    public long multiplyAdds(Shape input) {
        return (long) input.size() * units;
    }

    @Override
    public String parameterFormula(Shape input) {
        return LayerSpec.formula(input.size() + "×" + units, units, parameterCount(input));
    }

    @Override
    public Optional<ActivationSpec> appliedActivation() {
        return Optional.of(activation);
    }

    @Override
    public boolean isNumbered() {
        return true;
    }

    @Override
    public String describe() {
        return "dense " + units + (activation.equals(ActivationSpec.LINEAR) ? "" : " " + activation)
                + (init.equals(InitSpec.AUTO) ? "" : " init=" + init);
    }

    @Override
    public void write(DataOutput out) throws IOException {
        out.writeInt(units);
        LayerFields.writeActivation(out, activation);
        LayerFields.writeInit(out, init);
    }

    public static DenseSpec read(DataInput in) throws IOException {
        return new DenseSpec(in.readInt(), LayerFields.readActivation(in), LayerFields.readInit(in));
    }

    @Override
    public Layer build(Shape input, LayerContext context) {
        return new Dense(context.name(), input.size(), this, context.random(), context.pool());
    }
}
