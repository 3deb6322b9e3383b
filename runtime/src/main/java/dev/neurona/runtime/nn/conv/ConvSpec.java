package dev.neurona.runtime.nn.conv;

import dev.neurona.runtime.i18n.Text;
import dev.neurona.runtime.nn.Layer;
import dev.neurona.runtime.nn.LayerContext;
import dev.neurona.runtime.nn.LayerFields;
import dev.neurona.runtime.nn.LayerSpec;
import dev.neurona.runtime.nn.Shape;
import dev.neurona.runtime.nn.ShapeException;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.InitSpec;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Optional;

/**
 * A 2-D convolution with bias: {@code filters} kernels of {@code kernel × kernel} over every input
 * channel, moved {@code stride} at a time, then {@code activation}. On C maps it holds
 * {@code filters·C·K·K} weights and {@code filters} biases, and gives {@code filters} maps.
 */
public record ConvSpec(int filters, int kernel, int stride, Padding padding, ActivationSpec activation, InitSpec init)
        implements LayerSpec {
    public static final String KIND = "conv";

    public ConvSpec {
        if (filters <= 0) {
            throw new IllegalArgumentException("conv needs at least one filter, got " + filters);
        }
        if (kernel <= 0) {
            throw new IllegalArgumentException("a conv window must be at least 1x1, got " + kernel);
        }
        if (stride <= 0) {
            throw new IllegalArgumentException("a conv stride must be at least 1, got " + stride);
        }
        if (padding == null) {
            padding = Padding.VALID;
        }
        if (activation == null) {
            activation = ActivationSpec.LINEAR;
        }
        if (init == null) {
            init = InitSpec.AUTO;
        }
    }

    /** {@code conv FILTERS KxK ACTIVATION} with stride 1, {@code valid} padding and the activation's init. */
    public ConvSpec(int filters, int kernel, ActivationSpec activation) {
        this(filters, kernel, 1, Padding.VALID, activation, InitSpec.AUTO);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Shape outputShape(Shape input) {
        if (!input.isMap()) {
            throw new ShapeException(
                    ShapeException.Reason.NEEDS_MAPS,
                    Text.of("shape.needs_maps", "conv", String.valueOf(input.size())),
                    Text.of("shape.declare_image"));
        }
        int h = padding.outputSize(input.height(), kernel, stride);
        int w = padding.outputSize(input.width(), kernel, stride);
        if (h == 0 || w == 0) {
            throw new ShapeException(
                    ShapeException.Reason.WINDOW_DOES_NOT_FIT,
                    Text.of("shape.window_does_not_fit", kernel + "x" + kernel, input.height() + "x" + input.width()),
                    Text.of("shape.smaller_window_or_same"));
        }
        return Shape.map(filters, h, w);
    }

    @Override
    public long parameterCount(Shape input) {
        // Exact: a window as wide as an int squared, times the filters, can pass a long.
        long window = Math.multiplyExact((long) kernel, kernel);
        return Math.addExact(Math.multiplyExact((long) filters * input.channels(), window), filters);
    }

    @Override
    public long multiplyAdds(Shape input) {
        return (parameterCount(input) - filters) * outputShape(input).area();
    }

    @Override
    public String parameterFormula(Shape input) {
        return LayerSpec.formula(
                filters + "×" + input.channels() + "×" + kernel + "×" + kernel, filters, parameterCount(input));
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
        return "conv " + filters + " " + kernel + "x" + kernel
                + (activation.equals(ActivationSpec.LINEAR) ? "" : " " + activation)
                + (stride == 1 ? "" : " stride=" + stride)
                + (padding == Padding.VALID ? "" : " padding=" + padding.keyword())
                + (init.equals(InitSpec.AUTO) ? "" : " init=" + init);
    }

    @Override
    public void write(DataOutput out) throws IOException {
        out.writeInt(filters);
        out.writeInt(kernel);
        out.writeInt(stride);
        out.writeUTF(padding.name());
        LayerFields.writeActivation(out, activation);
        LayerFields.writeInit(out, init);
    }

    public static ConvSpec read(DataInput in) throws IOException {
        return new ConvSpec(
                in.readInt(),
                in.readInt(),
                in.readInt(),
                Padding.valueOf(in.readUTF()),
                LayerFields.readActivation(in),
                LayerFields.readInit(in));
    }

    @Override
    public Layer build(Shape input, LayerContext context) {
        return new Conv2d(context.name(), input, this, context.random(), context.pool());
    }
}
