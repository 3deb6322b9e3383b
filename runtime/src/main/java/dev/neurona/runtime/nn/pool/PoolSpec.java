package dev.neurona.runtime.nn.pool;

import dev.neurona.runtime.i18n.Text;
import dev.neurona.runtime.nn.Layer;
import dev.neurona.runtime.nn.LayerContext;
import dev.neurona.runtime.nn.LayerSpec;
import dev.neurona.runtime.nn.Shape;
import dev.neurona.runtime.nn.ShapeException;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Locale;

/**
 * Pooling per channel over {@code window × window} cells moved {@code stride} at a time, windows
 * inside the map only (a last row or column that no window reaches is dropped, as in Keras and
 * PyTorch). The maximum or the mean of each window; no parameters.
 */
public record PoolSpec(Op op, int window, int stride) implements LayerSpec {

    /** What a window gives. */
    public enum Op {
        MAX,
        AVG;

        /** The layer's keyword: {@code maxpool}, {@code avgpool}. */
        public String kind() {
            return name().toLowerCase(Locale.ROOT) + "pool";
        }
    }

    public PoolSpec {
        if (op == null) {
            throw new IllegalArgumentException("a pool needs an op");
        }
        if (window <= 0) {
            throw new IllegalArgumentException("a pooling window must be at least 1x1, got " + window);
        }
        if (stride <= 0) {
            throw new IllegalArgumentException("a pooling stride must be at least 1, got " + stride);
        }
    }

    /** A pool whose stride is its window, the default. */
    public PoolSpec(Op op, int window) {
        this(op, window, window);
    }

    @Override
    public String kind() {
        return op.kind();
    }

    @Override
    public Shape outputShape(Shape input) {
        if (!input.isMap()) {
            throw new ShapeException(
                    ShapeException.Reason.NEEDS_MAPS,
                    Text.of("shape.needs_maps", kind(), String.valueOf(input.size())),
                    Text.of("shape.declare_image"));
        }
        if (input.height() < window || input.width() < window) {
            throw new ShapeException(
                    ShapeException.Reason.WINDOW_DOES_NOT_FIT,
                    Text.of("shape.window_does_not_fit", window + "x" + window, input.height() + "x" + input.width()),
                    Text.of("shape.smaller_window"));
        }
        return Shape.map(
                input.channels(), (input.height() - window) / stride + 1, (input.width() - window) / stride + 1);
    }

    @Override
    public String describe() {
        return kind() + " " + window + "x" + window + (stride == window ? "" : " stride=" + stride);
    }

    @Override
    public void write(DataOutput out) throws IOException {
        out.writeInt(window);
        out.writeInt(stride);
    }

    public static PoolSpec readMax(DataInput in) throws IOException {
        return new PoolSpec(Op.MAX, in.readInt(), in.readInt());
    }

    public static PoolSpec readAvg(DataInput in) throws IOException {
        return new PoolSpec(Op.AVG, in.readInt(), in.readInt());
    }

    @Override
    public Layer build(Shape input, LayerContext context) {
        return new Pool2d(input, this, context.pool());
    }
}
