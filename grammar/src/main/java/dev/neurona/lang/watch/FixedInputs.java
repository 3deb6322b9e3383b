package dev.neurona.lang.watch;

import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.data.Task;
import dev.neurona.runtime.nn.Shape;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The few examples the page follows through the network while it trains: the first
 * {@value #COUNT} rows of the validation data (else of the training data), always the same
 * ones, so that their pictures change only because the weights do.
 *
 * @param data     where they come from
 * @param rows     their row numbers in it
 * @param features their model-ready features, one array each (copies)
 * @param image    whether the input is a picture (a 2-D or 3-D size) rather than a table row
 */
record FixedInputs(Dataset data, int[] rows, List<float[]> features, Shape input, boolean image) {
    static final int COUNT = 8;

    static FixedInputs of(Dataset train, @Nullable Dataset validation, List<Integer> inputShape) {
        Dataset data = validation != null && validation.rows() > 0 ? validation : train;
        int count = Math.min(COUNT, data.rows());
        int[] rows = new int[count];
        List<float[]> features = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows[i] = i;
            features.add(data.row(i));
        }
        return new FixedInputs(data, rows, features, Shape.ofInput(inputShape), inputShape.size() >= 2);
    }

    /** The true answer of example {@code i} as text: its class name, or its target values. */
    String truth(int i) {
        int row = rows[i];
        if (data.task() == Task.CLASSIFICATION) {
            return data.labels() == null ? "" : data.classNames().get(data.labels()[row]);
        }
        if (data.targets() == null) return "";
        List<String> values = new ArrayList<>();
        for (int j = 0; j < data.targetWidth(); j++) {
            values.add(String.format(java.util.Locale.ROOT, "%.4f", data.targets()[row * data.targetWidth() + j]));
        }
        return String.join(", ", values);
    }

    /** The event that tells the page what the examples are: pictures, or named feature values. */
    String describe() {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            float[] x = features.get(i);
            Json item = new Json().number("row", rows[i]).text("truth", truth(i));
            if (image) {
                item.number("channels", input.channels())
                        .number("height", input.height())
                        .number("width", input.width())
                        .bytes(
                                "pixels",
                                PictureBytes.stretched(
                                        x,
                                        0,
                                        x.length,
                                        PictureBytes.min(x, 0, x.length),
                                        PictureBytes.max(x, 0, x.length)));
            } else {
                double[] values = new double[x.length];
                for (int j = 0; j < x.length; j++) values[j] = x[j];
                item.numbers("values", values);
            }
            items.add(item.toString());
        }
        return new Json()
                .text("data", data.name())
                .bool("image", image)
                .texts("features", image ? List.of() : data.schema().featureNames())
                .raw("items", Json.array(items))
                .toString();
    }
}
