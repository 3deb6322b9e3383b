package dev.neurona.lang.check;

import dev.neurona.runtime.i18n.Text;
import dev.neurona.runtime.nn.LayerSpec;
import dev.neurona.runtime.nn.Shape;
import java.util.Locale;

/**
 * The limits a model's sizes must keep before anything is built: a layer's weights live in one
 * Java array, and training holds every weight with its gradient at least.
 */
final class LayerSizes {

    /** The most floats one Java array may hold. */
    static final long MOST_WEIGHTS = Integer.MAX_VALUE - 8;

    /** A weight and its gradient, the least training keeps per parameter (optimizers add more). */
    private static final long BYTES_PER_WEIGHT_AT_LEAST = 2L * Float.BYTES;

    static final Text SMALLER = Text.of("check.weights.smaller");
    static final Text SMALLER_OR_MORE_MEMORY = Text.of("check.weights.smaller_or_memory");

    private LayerSizes() {}

    /** The layer's parameters, or {@link Long#MAX_VALUE} when even a {@code long} cannot count them. */
    static long weights(LayerSpec layer, Shape input) {
        try {
            return layer.parameterCount(input);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    /** The fewest bytes training needs for {@code weights} parameters, saturating instead of wrapping. */
    static long trainingBytes(long weights) {
        return weights > Long.MAX_VALUE / BYTES_PER_WEIGHT_AT_LEAST
                ? Long.MAX_VALUE
                : weights * BYTES_PER_WEIGHT_AT_LEAST;
    }

    static Text tooManyWeights(LayerSpec layer, Shape input) {
        long weights = weights(layer, input);
        String most = String.format(Locale.ROOT, "%,d", MOST_WEIGHTS);
        return weights == Long.MAX_VALUE
                ? Text.of("check.weights.uncountable", layer.describe(), input.toString(), most)
                : Text.of(
                        "check.weights.too_many",
                        layer.describe(),
                        input.toString(),
                        String.format(Locale.ROOT, "%,d", weights),
                        most);
    }

    static Text tooLargeForMemory(long weights, long needed, long available) {
        return Text.of(
                "check.weights.memory", String.format(Locale.ROOT, "%,d", weights), bytes(needed), bytes(available));
    }

    /** {@code 3.2 GB}, {@code 640 MB}: decimal units, as the size of a file is usually shown. */
    static String bytes(long count) {
        if (count >= 1_000_000_000L) return String.format(Locale.ROOT, "%.1f GB", count / 1e9);
        return String.format(Locale.ROOT, "%d MB", Math.max(1, Math.round(count / 1e6)));
    }
}
