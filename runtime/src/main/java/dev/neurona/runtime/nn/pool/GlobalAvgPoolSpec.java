package dev.neurona.runtime.nn.pool;

import dev.neurona.runtime.i18n.Text;
import dev.neurona.runtime.nn.Layer;
import dev.neurona.runtime.nn.LayerContext;
import dev.neurona.runtime.nn.LayerSpec;
import dev.neurona.runtime.nn.Shape;
import dev.neurona.runtime.nn.ShapeException;
import java.io.DataInput;
import java.io.DataOutput;

/** The mean of each map: C maps of H×W become C values. No parameters. */
public record GlobalAvgPoolSpec() implements LayerSpec {
    public static final String KIND = "global_avgpool";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Shape outputShape(Shape input) {
        if (!input.isMap()) {
            throw new ShapeException(
                    ShapeException.Reason.NEEDS_MAPS,
                    Text.of("shape.needs_maps", "global_avgpool", String.valueOf(input.size())),
                    Text.of("shape.declare_image"));
        }
        return Shape.vector(input.channels());
    }

    @Override
    public String describe() {
        return KIND;
    }

    @Override
    public void write(DataOutput out) {}

    public static GlobalAvgPoolSpec read(DataInput in) {
        return new GlobalAvgPoolSpec();
    }

    @Override
    public Layer build(Shape input, LayerContext context) {
        return new GlobalAvgPool(input);
    }
}
