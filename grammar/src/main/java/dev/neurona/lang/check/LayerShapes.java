package dev.neurona.lang.check;

import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.lang.check.value.Problems;
import dev.neurona.runtime.i18n.Text;
import dev.neurona.runtime.nn.LayerSpec;
import dev.neurona.runtime.nn.Shape;
import dev.neurona.runtime.nn.ShapeException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Follows the shape from the input through every layer before anything runs, and reports the
 * first layer that cannot take what it is given, at that layer's keyword: a window larger than
 * its maps, an image layer after a flat one, an example too large to hold, weights too many for
 * one array or for the memory Java may use. Sizes are summed in {@code long} and multiplied
 * exactly, so that no size wraps around before it is judged.
 */
final class LayerShapes {

    /** A compiled layer and where its line starts. */
    record Placed(LayerSpec spec, SourceSpan keyword) {}

    private LayerShapes() {}

    /** @return whether every layer fits */
    static boolean check(List<Integer> inputShape, List<Placed> layers, Problems problems) {
        Shape shape;
        try {
            shape = Shape.ofInput(inputShape);
        } catch (ShapeException | ArithmeticException e) {
            return true; // the input line has reported its own size
        }
        Placed previous = null;
        long total = 0;
        for (Placed layer : layers) {
            Shape input = shape;
            try {
                shape = layer.spec().outputShape(input);
            } catch (ShapeException e) {
                report(layer, input, previous, e, problems);
                return false;
            }
            long weights = LayerSizes.weights(layer.spec(), input);
            if (weights > LayerSizes.MOST_WEIGHTS) {
                problems.error(layer.keyword(), LayerSizes.tooManyWeights(layer.spec(), input), LayerSizes.SMALLER);
                return false;
            }
            total += weights;
            previous = layer;
        }
        long needed = LayerSizes.trainingBytes(total);
        long available = Runtime.getRuntime().maxMemory();
        if (!layers.isEmpty() && needed > available) {
            problems.error(
                    layers.get(0).keyword(),
                    LayerSizes.tooLargeForMemory(total, needed, available),
                    LayerSizes.SMALLER_OR_MORE_MEMORY);
            return false;
        }
        return true;
    }

    private static void report(
            Placed layer, Shape input, @Nullable Placed previous, ShapeException why, Problems problems) {
        String kind = layer.spec().kind();
        String size = String.valueOf(input.size());
        if (!input.isMap() && why.reason() == ShapeException.Reason.NEEDS_MAPS) {
            if (previous == null) {
                problems.error(
                        layer.keyword(), Text.of("check.needs_maps_input", kind, size), imageInput(input.size()));
            } else {
                problems.error(
                        layer.keyword(),
                        Text.of(
                                "check.needs_maps_after",
                                kind,
                                previous.spec().describe(),
                                String.valueOf(previous.keyword().line()),
                                size),
                        Text.of("check.image_layers_first"));
            }
            return;
        }
        Text message = why.text();
        if (previous != null && input.isMap() && why.reason() == ShapeException.Reason.WINDOW_DOES_NOT_FIT) {
            message = Text.of(
                    "check.maps_shrunk",
                    message,
                    input.height() + "x" + input.width(),
                    previous.spec().describe(),
                    String.valueOf(previous.keyword().line()));
        }
        problems.error(layer.keyword(), message, why.fix());
    }

    /** {@code declare the input as an image, such as input 1x28x28}: a square guess when one fits. */
    private static Text imageInput(int size) {
        for (int channels : new int[] {1, 3}) {
            int side = (int) Math.round(Math.sqrt(size / (double) channels));
            if (size % channels == 0 && side * side * channels == size) {
                return Text.of("check.declare_image_as", channels + "x" + side + "x" + side);
            }
        }
        return Text.of("check.declare_image_any", String.valueOf(size));
    }
}
