package dev.neurona.spark.data;

import dev.neurona.runtime.data.DataException;
import dev.neurona.runtime.data.DataOptions;
import dev.neurona.runtime.data.InputColumn;
import dev.neurona.runtime.data.MissingPolicy;
import dev.neurona.runtime.data.Preprocessing;
import dev.neurona.runtime.data.Schema;
import dev.neurona.runtime.data.TableRules;
import dev.neurona.runtime.data.Task;
import dev.neurona.runtime.i18n.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import org.jspecify.annotations.Nullable;
import scala.Tuple2;

/**
 * Encodes a {@link CellTable} as {@code CsvLoader} encodes a CSV file, with Spark doing the
 * passes over the rows: the missing-value policy filters them, one aggregation profiles the
 * columns (numbers or text, sums for means, the first bad cell), distinct-value jobs find the
 * categories and classes, and a map encodes every row with the runtime's own
 * {@link Preprocessing}. Errors name the source, the data row (from 1, a header not counted)
 * and the column.
 */
final class TableEncoder {
    private final CellTable table;
    private final DataOptions options;
    private final TableRules.Columns columns;
    private @Nullable JavaPairRDD<IndexedCells, Long> kept;

    TableEncoder(CellTable table, DataOptions options) {
        this.table = table;
        this.options = options;
        this.columns = TableRules.selectColumns(table.source(), table.names(), options);
        int[] used = Arrays.copyOf(columns.features(), columns.features().length + 1);
        used[used.length - 1] = columns.target();
        table.requireReadable(used);
    }

    /** @throws DataException as {@code CsvLoader.load} would, for the same table and options */
    EncodedTable encode() {
        int[] features = columns.features();
        int target = columns.target();
        JavaRDD<IndexedCells> used = table.rows().map(row -> {
            String[] cells = new String[features.length + 1];
            for (int k = 0; k < features.length; k++) cells[k] = row.cells()[features[k]];
            cells[features.length] = row.cells()[target];
            return new IndexedCells(row.index(), cells);
        });
        kept = keep(used).zipWithIndex().persist(StorageLevel.MEMORY_AND_DISK());
        long rowCount = kept.count();
        if (rowCount == 0) throw new DataException(Text.of("data.in_file", table.source(), whyNoRows(used.isEmpty())));

        ColumnProfile profile = profile(kept.keys());
        boolean[] text = new boolean[features.length];
        for (int k = 0; k < features.length; k++)
            text[k] = TableRules.isTextColumn(profile.numbers[k], profile.texts[k]);
        checkFeatureNumbers(kept.keys(), profile, text);

        Task task = options.task() != null
                ? options.task()
                : profile.targetAllIntegers || !profile.targetAllNumbers ? Task.CLASSIFICATION : Task.REGRESSION;
        if (task == Task.REGRESSION && profile.targetFirstBad != ColumnProfile.NONE)
            throw badTarget(kept.keys(), profile.targetFirstBad);
        boolean numberClasses = profile.targetAllNumbers;
        List<String> classes = task == Task.CLASSIFICATION ? classes(kept.keys(), numberClasses) : List.of();

        List<InputColumn> inputs = inputs(kept.keys(), profile, text);
        Map<String, Integer> classIndex = new HashMap<>();
        for (int c = 0; c < classes.size(); c++) classIndex.put(classes.get(c), c);
        EncodingPlan plan = new EncodingPlan(inputs, task, classIndex, numberClasses);
        JavaRDD<EncodedRow> rows =
                kept.map(pair -> plan.encode(pair._2(), pair._1().cells()));

        List<String> featureNames = TableRules.featureNames(inputs);
        String targetName = table.names().get(target);
        Schema schema = new Schema(featureNames, List.of(featureNames.size()), task, classes, List.of(targetName));
        return new EncodedTable(table.source(), schema, plan.preprocessing(), rows, rowCount);
    }

    /** Lets go of the cached rows, once the encoded rows have been used. */
    void release() {
        if (kept != null) kept.unpersist(false);
    }

    /** The rows the missing-value policy keeps; under {@code error}, stops at the first missing cell. */
    private JavaRDD<IndexedCells> keep(JavaRDD<IndexedCells> used) {
        int targetSlot = columns.features().length;
        return switch (options.missing()) {
            case ERROR -> {
                List<Long> first = used.filter(row -> anyMissing(row.cells()))
                        .map(IndexedCells::index)
                        .takeOrdered(1);
                if (!first.isEmpty()) throw firstMissing(used, first.get(0));
                yield used;
            }
            case DROP -> used.filter(row -> !anyMissing(row.cells()));
            case MEAN -> used.filter(row -> !TableRules.isMissing(row.cells()[targetSlot]));
        };
    }

    private static boolean anyMissing(String[] cells) {
        for (String cell : cells) if (TableRules.isMissing(cell)) return true;
        return false;
    }

    private Text whyNoRows(boolean noRowsAtAll) {
        if (noRowsAtAll) return Text.of("csv.no_data_rows");
        if (options.missing() == MissingPolicy.MEAN)
            return Text.of("csv.target_always_missing", table.names().get(columns.target()));
        return Text.of("csv.every_row_missing");
    }

    /** One profile per partition, merged in partition order. */
    private ColumnProfile profile(JavaRDD<IndexedCells> rows) {
        int features = columns.features().length;
        List<Tuple2<Integer, ColumnProfile>> partial = rows.mapPartitionsWithIndex(
                        (partition, it) -> {
                            ColumnProfile profile = new ColumnProfile(features);
                            while (it.hasNext()) {
                                IndexedCells row = it.next();
                                profile.add(row.index(), row.cells());
                            }
                            return List.of(new Tuple2<>(partition, profile)).iterator();
                        },
                        false)
                .collect();
        List<Tuple2<Integer, ColumnProfile>> ordered = new ArrayList<>(partial);
        ordered.sort(Comparator.comparing(Tuple2::_1));
        ColumnProfile total = new ColumnProfile(features);
        for (Tuple2<Integer, ColumnProfile> p : ordered) total.merge(p._2());
        return total;
    }

    /** The first cell of a numeric feature column that is text or too large, row by row, then in file order. */
    private void checkFeatureNumbers(JavaRDD<IndexedCells> rows, ColumnProfile profile, boolean[] text) {
        long row = ColumnProfile.NONE;
        for (int k = 0; k < text.length; k++) if (!text[k]) row = Math.min(row, profile.firstBad[k]);
        if (row == ColumnProfile.NONE) return;
        String[] cells = cellsAt(rows, row);
        int[] features = columns.features();
        int worst = -1;
        for (int k = 0; k < text.length; k++) {
            if (!text[k] && profile.firstBad[k] == row && (worst < 0 || features[k] < features[worst])) worst = k;
        }
        String cell = cells[worst].trim();
        String name = table.names().get(features[worst]);
        throw cellError(
                row,
                features[worst],
                TableRules.isNumber(cell) ? Text.of("csv.too_large", cell) : Text.of("csv.not_a_number", cell, name));
    }

    private DataException badTarget(JavaRDD<IndexedCells> rows, long row) {
        String cell = cellsAt(rows, row)[columns.features().length].trim();
        String name = table.names().get(columns.target());
        return cellError(
                row,
                columns.target(),
                TableRules.isNumber(cell)
                        ? Text.of("csv.too_large", cell)
                        : Text.of("csv.target_not_a_number", cell, name));
    }

    private DataException firstMissing(JavaRDD<IndexedCells> used, long row) {
        String[] cells = cellsAt(used, row);
        int[] features = columns.features();
        int column = -1;
        for (int k = 0; k <= features.length; k++) {
            int c = k < features.length ? features[k] : columns.target();
            if (TableRules.isMissing(cells[k]) && (column < 0 || c < column)) column = c;
        }
        return cellError(row, column, Text.of("csv.missing_value", table.names().get(column)));
    }

    private static String[] cellsAt(JavaRDD<IndexedCells> rows, long index) {
        return rows.filter(row -> row.index() == index).first().cells();
    }

    private DataException cellError(long row, int column, Text message) {
        return new DataException(Text.of(
                "spark.at_row_column", table.source(), String.valueOf(row + 1), String.valueOf(column + 1), message));
    }

    /** The classes, sorted by value (numbers) or by {@link String#compareTo} (text), as distinct keys found by Spark. */
    private List<String> classes(JavaRDD<IndexedCells> rows, boolean numberClasses) {
        int slot = columns.features().length;
        List<String> keys = rows.map(row -> EncodingPlan.classKey(row.cells()[slot], numberClasses))
                .distinct()
                .collect();
        if (!numberClasses) return List.copyOf(new TreeSet<>(keys));
        TreeMap<BigDecimal, String> byValue = new TreeMap<>();
        for (String key : keys) byValue.put(new BigDecimal(key), key);
        return List.copyOf(byValue.values());
    }

    /** Text columns one-hot over their distinct values (found by Spark); numeric ones filled with their mean under {@code missing mean}. */
    private List<InputColumn> inputs(JavaRDD<IndexedCells> rows, ColumnProfile profile, boolean[] text) {
        int[] features = columns.features();
        Map<Integer, TreeSet<String>> categories = new HashMap<>();
        boolean anyText = false;
        for (boolean t : text) anyText |= t;
        if (anyText) {
            List<Tuple2<Integer, String>> values = rows.flatMap(row -> {
                        List<Tuple2<Integer, String>> present = new ArrayList<>();
                        for (int k = 0; k < text.length; k++) {
                            if (text[k] && !TableRules.isMissing(row.cells()[k]))
                                present.add(new Tuple2<>(k, row.cells()[k].trim()));
                        }
                        return present.iterator();
                    })
                    .distinct()
                    .collect();
            for (Tuple2<Integer, String> value : values)
                categories.computeIfAbsent(value._1(), k -> new TreeSet<>()).add(value._2());
        }
        List<InputColumn> inputs = new ArrayList<>();
        for (int k = 0; k < features.length; k++) {
            String name = table.names().get(features[k]);
            if (text[k]) {
                inputs.add(InputColumn.categorical(name, List.copyOf(categories.getOrDefault(k, new TreeSet<>()))));
            } else if (options.missing() == MissingPolicy.MEAN) {
                if (profile.numbers[k] == 0) {
                    throw new DataException(Text.of("csv.nothing_to_average", table.source(), name));
                }
                inputs.add(InputColumn.numeric(name, profile.sums[k] / profile.numbers[k]));
            } else {
                inputs.add(InputColumn.numeric(name, Double.NaN));
            }
        }
        return inputs;
    }
}
