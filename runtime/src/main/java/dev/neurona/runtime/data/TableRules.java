package dev.neurona.runtime.data;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * The rules by which a table becomes a data set, for readers outside this package (the Spark
 * module reads {@code csv(...)} and {@code parquet(...)} on a cluster): the same column
 * selection, cell reading, column typing, class naming, normalisation and split plan as
 * {@link CsvLoader} and {@link DataPipeline}, so the two paths cannot drift apart.
 */
public final class TableRules {
    private TableRules() {}

    /**
     * The target and feature columns of a table, from the {@code target}, {@code features} and
     * {@code ignore} options.
     *
     * @param target   the target's column index
     * @param features the feature columns' indices, in the order the model sees them
     */
    public record Columns(int target, int[] features) {}

    /**
     * @param source names the table in messages
     * @throws DataException naming the culprit when a named column does not exist or the options contradict each other
     */
    public static Columns selectColumns(String source, List<String> names, DataOptions options) {
        ColumnSelection selection = ColumnSelection.resolve(source, names, options);
        return new Columns(selection.target(), selection.features());
    }

    /**
     * The column names a CSV header row gives, as {@link CsvLoader} reads them: trimmed, without a
     * byte-order mark, an empty one named {@code c1, c2, ...} by its position.
     *
     * @throws DataException when a name is used twice
     */
    public static List<String> headerNames(String source, String[] cells) {
        return CsvReader.headerNames(source, 1, cells);
    }

    /** True for a missing cell: null, blank, or {@code NA}. */
    public static boolean isMissing(String cell) {
        return Cells.isMissing(cell);
    }

    /** True when the trimmed cell is a number in plain decimal notation. */
    public static boolean isNumber(String cell) {
        return Cells.isNumber(cell);
    }

    /** True when the trimmed cell is a whole number written without a fraction or exponent. */
    public static boolean isInteger(String cell) {
        return Cells.isInteger(cell);
    }

    /** The value of a cell for which {@link #isNumber} holds. */
    public static double number(String cell) {
        return Cells.number(cell);
    }

    /** A feature column is text (one-hot encoded) when more of its present cells are not numbers than are. */
    public static boolean isTextColumn(long numbers, long texts) {
        return FeatureColumns.isText(numbers, texts);
    }

    /**
     * The exact value a number class stands for: {@code 007} and {@code 7} are one class, as are
     * {@code 1.50} and {@code 1.5}. Classes sort by this value and are named by its plain string.
     */
    public static java.math.BigDecimal classValue(String cell) {
        return TargetColumn.value(cell);
    }

    /** One name per feature: the column's name, or {@code column=category} for each one-hot feature. */
    public static List<String> featureNames(List<InputColumn> inputs) {
        return FeatureColumns.featureNames(inputs);
    }

    /**
     * The preprocessing that follows {@code encoding} (whose own affine step is the identity) with
     * {@code normalize} fitted on the given statistics, then multiplied by {@code scale}; as
     * {@link DataPipeline} makes it. Only the statistics the kind needs are read: mean and
     * population standard deviation for standard, min and max for min-max.
     */
    public static Preprocessing normalized(
            Preprocessing encoding,
            Normalization normalize,
            double @Nullable [] mean,
            double @Nullable [] std,
            float @Nullable [] min,
            float @Nullable [] max,
            double scale) {
        Affine step =
                switch (normalize) {
                    case NONE -> Affine.identity(encoding.width());
                    case STANDARD ->
                        Normalizer.fromMoments(
                                Objects.requireNonNull(mean, "standard normalization needs the means"),
                                Objects.requireNonNull(std, "standard normalization needs the deviations"));
                    case MINMAX ->
                        Normalizer.fromRange(
                                Objects.requireNonNull(min, "min-max normalization needs the minima"),
                                Objects.requireNonNull(max, "min-max normalization needs the maxima"));
                };
        step = step.times(scale);
        return step.isIdentity() ? encoding : encoding.andThen(step.shift(), step.scale());
    }

    /**
     * How {@code split} deals rows, decided before looking at single rows and drawn from
     * {@code random} exactly as {@link DataPipeline} draws it after its shuffle and limit.
     *
     * @param classRows the number of rows of each class (classification), or null
     */
    public static SplitPlan planSplit(
            int rows, int @Nullable [] classRows, double[] fractions, SplittableRandom random) {
        return new SplitPlan(Splitter.plan(rows, classRows, fractions, random));
    }

    /**
     * A split decided up to the rows: {@link #order()} lists positions (into the rows being split)
     * in dealing order; each part lists its rows in that order.
     */
    public static final class SplitPlan {
        private final Splitter.Plan plan;

        private SplitPlan(Splitter.Plan plan) {
            this.plan = plan;
        }

        /** The positions in dealing order. Do not modify. */
        public int[] order() {
            return plan.order();
        }

        /** The number of rows of each part. */
        public int[] sizes() {
            return plan.sizes().clone();
        }

        /** Without classes: the part of the row dealt {@code dealt}-th (0-based) along the order. */
        public int partAt(int dealt) {
            return plan.partAt(dealt);
        }

        /** With classes: the part of the {@code k}-th row (0-based) of class {@code c} met along the order. */
        public int partOf(int c, int k) {
            return plan.partOf(c, k);
        }
    }
}
