package dev.neurona.runtime.nn.flatten;

import dev.neurona.runtime.nn.Layer;
import dev.neurona.runtime.nn.LayerContext;
import dev.neurona.runtime.nn.LayerSpec;
import dev.neurona.runtime.nn.Shape;
import java.io.DataInput;
import java.io.DataOutput;

/**
 * Maps become one vector of their C·H·W values, in the order they are held (channel, row,
 * column). Optional: a dense layer after maps takes them so on its own. No parameters.
 */
public record FlattenSpec() implements LayerSpec {
    public static final String KIND = "flatten";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Shape outputShape(Shape input) {
        return Shape.vector(input.size());
    }

    @Override
    public String describe() {
        return KIND;
    }

    @Override
    public void write(DataOutput out) {}

    public static FlattenSpec read(DataInput in) {
        return new FlattenSpec();
    }

    @Override
    public Layer build(Shape input, LayerContext context) {
        return new Flatten(input.size());
    }
}
