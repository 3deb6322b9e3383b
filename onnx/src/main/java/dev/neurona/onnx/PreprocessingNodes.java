package dev.neurona.onnx;

import dev.neurona.onnx.proto.OnnxProto.TensorProto;
import dev.neurona.runtime.data.InputColumn;
import dev.neurona.runtime.data.Preprocessing;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The graph's inputs and the model's preprocessing in front of the network, so that the exported
 * graph takes raw rows as {@code predict} does:
 * <ol>
 *   <li>numbers come in as {@value #FEATURES} (float32, one column per raw column), or as
 *       {@value #NUMBERS} beside {@value #TEXTS} (strings) when some columns are text; a missing
 *       number (NaN) becomes the column's fill value where {@code missing mean} gave one;</li>
 *   <li>a text column is one-hot encoded over its categories (LabelEncoder of {@code ai.onnx.ml},
 *       then Equal and Cast): an unseen text gives all zeros, as in the runtime, but the text is
 *       compared as it is, without the trimming of blanks that reading a CSV file does;</li>
 *   <li>every feature becomes {@code (x − shift) · scale} (Sub, Mul): standard or min-max
 *       normalisation and {@code scale}, in float32 as the runtime computes them.</li>
 * </ol>
 */
final class PreprocessingNodes {
    static final String FEATURES = "features";
    static final String NUMBERS = "numbers";
    static final String TEXTS = "texts";
    private static final String SCOPE = "preprocessing";

    private PreprocessingNodes() {}

    /** Whether the graph needs the {@code ai.onnx.ml} operators: some column is text. */
    static boolean usesText(@Nullable Preprocessing preprocessing) {
        return preprocessing != null && preprocessing.columns().stream().anyMatch(InputColumn::isCategorical);
    }

    /** Declares the inputs and adds the preprocessing; returns the tensor of model-ready features. */
    static String add(GraphBuilder graph, @Nullable Preprocessing preprocessing, int modelWidth) {
        if (preprocessing == null) {
            graph.input(
                    FEATURES,
                    TensorProto.DataType.FLOAT,
                    modelWidth,
                    "model-ready features (the model was never trained, so it has no preprocessing)");
            return FEATURES;
        }
        List<InputColumn> columns = preprocessing.columns();
        List<InputColumn> numeric =
                columns.stream().filter(c -> !c.isCategorical()).toList();
        List<InputColumn> text =
                columns.stream().filter(InputColumn::isCategorical).toList();
        String numbers = null;
        if (!numeric.isEmpty()) {
            String name = text.isEmpty() ? FEATURES : NUMBERS;
            graph.input(
                    name,
                    TensorProto.DataType.FLOAT,
                    numeric.size(),
                    "raw numbers, one column each: " + names(numeric));
            numbers = filled(graph, name, numeric);
        }
        String encoded;
        if (text.isEmpty()) {
            encoded = Objects.requireNonNull(numbers, "preprocessing without columns");
        } else {
            graph.input(TEXTS, TensorProto.DataType.STRING, text.size(), "raw texts, one column each: " + names(text));
            encoded = mixed(graph, columns, numbers);
        }
        return normalised(graph, preprocessing, encoded);
    }

    /** {@code numbers} with each NaN replaced by its column's fill value, where one exists. */
    private static String filled(GraphBuilder graph, String numbers, List<InputColumn> numeric) {
        boolean anyFill = numeric.stream().anyMatch(c -> !Double.isNaN(c.fillValue()));
        if (!anyFill) return numbers;
        float[] fills = new float[numeric.size()];
        for (int j = 0; j < fills.length; j++) fills[j] = (float) numeric.get(j).fillValue();
        String missing = graph.node(SCOPE + "/missing", "IsNaN", List.of(numbers));
        return graph.node(
                SCOPE + "/missing",
                "Where",
                List.of(missing, graph.floats(SCOPE + "/fill", fills, fills.length), numbers));
    }

    /** Every raw column's features in column order: numbers as they are, texts one-hot. */
    private static String mixed(GraphBuilder graph, List<InputColumn> columns, @Nullable String numbers) {
        List<String> pieces = new ArrayList<>();
        int nextNumber = 0;
        int nextText = 0;
        for (InputColumn column : columns) {
            String scope = SCOPE + "/" + column.name();
            if (!column.isCategorical()) {
                pieces.add(graph.node(
                        scope,
                        "Gather",
                        List.of(numbers, graph.longs(scope + "/column", new long[] {nextNumber++}, 1)),
                        GraphBuilder.integer("axis", 1)));
                continue;
            }
            String cell = graph.node(
                    scope,
                    "Gather",
                    List.of(TEXTS, graph.longs(scope + "/column", new long[] {nextText++}, 1)),
                    GraphBuilder.integer("axis", 1));
            int k = column.categories().size();
            long[] codes = new long[k];
            for (int i = 0; i < k; i++) codes[i] = i;
            String code = graph.node(
                    scope,
                    OnnxExport.ML_DOMAIN,
                    "LabelEncoder",
                    List.of(cell),
                    GraphBuilder.strings("keys_strings", column.categories()),
                    GraphBuilder.ints("values_int64s", codes),
                    GraphBuilder.integer("default_int64", -1));
            String hot = graph.node(scope, "Equal", List.of(code, graph.longs(scope + "/categories", codes, k)));
            pieces.add(graph.node(
                    scope, "Cast", List.of(hot), GraphBuilder.integer("to", TensorProto.DataType.FLOAT_VALUE)));
        }
        return graph.node(SCOPE, "Concat", pieces, GraphBuilder.integer("axis", 1));
    }

    private static String normalised(GraphBuilder graph, Preprocessing preprocessing, String x) {
        float[] shift = preprocessing.shift();
        float[] scale = preprocessing.scale();
        boolean noShift = true;
        boolean noScale = true;
        for (int j = 0; j < shift.length; j++) {
            noShift &= shift[j] == 0f;
            noScale &= scale[j] == 1f;
        }
        String y = x;
        if (!noShift)
            y = graph.node(
                    SCOPE + "/normalise", "Sub", List.of(y, graph.floats(SCOPE + "/shift", shift, shift.length)));
        if (!noScale)
            y = graph.node(
                    SCOPE + "/normalise", "Mul", List.of(y, graph.floats(SCOPE + "/scale", scale, scale.length)));
        return y;
    }

    private static String names(List<InputColumn> columns) {
        return String.join(", ", columns.stream().map(InputColumn::name).toList());
    }
}
