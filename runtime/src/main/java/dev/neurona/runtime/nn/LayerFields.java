package dev.neurona.runtime.nn;

import dev.neurona.runtime.spec.ActivationKind;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.InitKind;
import dev.neurona.runtime.spec.InitSpec;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The fields layers share in a model file. Enums are stored by name, so reordering them never
 * changes the meaning of an old file.
 */
public final class LayerFields {
    private LayerFields() {}

    public static void writeActivation(DataOutput out, ActivationSpec activation) throws IOException {
        out.writeUTF(activation.kind().name());
        out.writeDouble(activation.alpha());
    }

    public static ActivationSpec readActivation(DataInput in) throws IOException {
        return new ActivationSpec(ActivationKind.valueOf(in.readUTF()), in.readDouble());
    }

    public static void writeInit(DataOutput out, InitSpec init) throws IOException {
        out.writeUTF(init.kind().name());
        out.writeDouble(init.param());
    }

    public static InitSpec readInit(DataInput in) throws IOException {
        return new InitSpec(InitKind.valueOf(in.readUTF()), in.readDouble());
    }

    /** A number as a person writes it in a script: 0.5, 128, 0.001. */
    public static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : new java.math.BigDecimal(Double.toString(value))
                        .stripTrailingZeros()
                        .toPlainString();
    }
}
