package dev.neurona.runtime.nn.dropout;

import dev.neurona.runtime.nn.Layer;
import dev.neurona.runtime.nn.LayerContext;
import dev.neurona.runtime.nn.LayerFields;
import dev.neurona.runtime.nn.LayerSpec;
import dev.neurona.runtime.nn.Shape;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/** Drops each value with probability {@code rate} while training (inverted scaling); on vectors and maps alike. */
public record DropoutSpec(double rate) implements LayerSpec {
    public static final String KIND = "dropout";

    public DropoutSpec {
        if (!(rate >= 0 && rate < 1)) {
            throw new IllegalArgumentException("dropout rate must be in [0, 1), got " + rate);
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
    public String describe() {
        return "dropout " + LayerFields.number(rate);
    }

    @Override
    public void write(DataOutput out) throws IOException {
        out.writeDouble(rate);
    }

    public static DropoutSpec read(DataInput in) throws IOException {
        return new DropoutSpec(in.readDouble());
    }

    @Override
    public Layer build(Shape input, LayerContext context) {
        return new Dropout(input.size(), rate, context.noise());
    }
}
