package dev.neurona.spark.data;

import dev.neurona.runtime.data.DataException;
import dev.neurona.runtime.data.TableRules;
import dev.neurona.runtime.i18n.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.jspecify.annotations.Nullable;

/**
 * A table read by Spark, as text cells: a CSV file (or a folder of them) cell by cell, or a
 * Parquet file (or folder) with each value written as the text a CSV would hold — numbers in
 * plain notation, NaN as missing — so one set of rules ({@link TableRules}) types and encodes both.
 *
 * @param source     names the table in messages (its path)
 * @param rows       the data rows, numbered from 0 in reading order
 * @param unreadable the columns whose type has no cells to read (name to type), refused if used
 */
record CellTable(String source, List<String> names, JavaRDD<IndexedCells> rows, Map<String, String> unreadable) {

    /**
     * A CSV source with RFC 4180 quoting. A quoted cell may not span lines here: Spark splits
     * files at line breaks to read them in parallel.
     *
     * @throws DataException when the path does not exist or the file is empty
     */
    static CellTable csv(SparkSession spark, String path, String delimiter, boolean header) {
        Dataset<Row> frame = SparkSources.load(path, () -> spark.read()
                .option("header", false)
                .option("sep", delimiter)
                .option("quote", "\"")
                .option("escape", "\"")
                .option("mode", "FAILFAST")
                .option("inferSchema", false)
                .csv(path));
        int width = frame.columns().length;
        JavaRDD<String[]> lines = frame.javaRDD().map(row -> {
            String[] cells = new String[width];
            for (int c = 0; c < width; c++) cells[c] = row.isNullAt(c) ? null : row.getString(c);
            return cells;
        });
        String[] first = SparkSources.first(path, lines);
        List<String> names = header ? TableRules.headerNames(path, blankAsEmpty(first)) : numbered(width);
        long skip = header ? 1 : 0;
        JavaRDD<IndexedCells> rows = lines.zipWithIndex()
                .filter(pair -> pair._2() >= skip)
                .map(pair -> new IndexedCells(pair._2() - skip, pair._1()));
        return new CellTable(path, names, rows, Map.of());
    }

    /**
     * A Parquet source. Columns of numbers, text and booleans are read; a column of another type
     * (arrays, maps, dates...) is refused when it is used.
     *
     * @throws DataException when the path does not exist or holds no Parquet data
     */
    static CellTable parquet(SparkSession spark, String path) {
        Dataset<Row> frame = SparkSources.load(path, () -> spark.read().parquet(path));
        StructField[] fields = frame.schema().fields();
        List<String> names = new ArrayList<>();
        Map<String, String> unreadable = new LinkedHashMap<>();
        for (StructField field : fields) {
            names.add(field.name());
            if (!readable(field.dataType()))
                unreadable.put(field.name(), field.dataType().simpleString());
        }
        int width = fields.length;
        JavaRDD<IndexedCells> rows = frame.javaRDD().zipWithIndex().map(pair -> {
            Row row = pair._1();
            String[] cells = new String[width];
            for (int c = 0; c < width; c++) cells[c] = row.isNullAt(c) ? null : text(row.get(c));
            return new IndexedCells(pair._2(), cells);
        });
        return new CellTable(path, names, rows, unreadable);
    }

    /** @throws DataException when one of the {@code used} columns has a type without cells to read */
    void requireReadable(int[] used) {
        for (int c : used) {
            String type = unreadable.get(names.get(c));
            if (type != null) {
                throw new DataException(Text.of("spark.parquet.unreadable_type", source, names.get(c), type));
            }
        }
    }

    private static boolean readable(DataType type) {
        return type instanceof NumericType
                || type instanceof StringType
                || type instanceof BooleanType
                || type instanceof DecimalType;
    }

    /** A value as a CSV would write it: numbers in plain decimal notation, NaN and infinities as missing. */
    private static @Nullable String text(Object value) {
        if (value instanceof Double d)
            return d.isNaN() || d.isInfinite() ? null : BigDecimal.valueOf(d).toPlainString();
        if (value instanceof Float f)
            return f.isNaN() || f.isInfinite() ? null : new BigDecimal(Float.toString(f)).toPlainString();
        if (value instanceof BigDecimal d) return d.toPlainString();
        return value.toString();
    }

    private static String[] blankAsEmpty(String[] cells) {
        String[] names = new String[cells.length];
        for (int c = 0; c < cells.length; c++) names[c] = cells[c] == null ? "" : cells[c];
        return names;
    }

    private static List<String> numbered(int count) {
        List<String> names = new ArrayList<>();
        for (int c = 1; c <= count; c++) names.add("c" + c);
        return names;
    }
}
