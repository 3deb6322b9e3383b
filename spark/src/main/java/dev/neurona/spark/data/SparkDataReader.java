package dev.neurona.spark.data;

import dev.neurona.runtime.data.DataException;
import dev.neurona.runtime.data.DataOptions;
import dev.neurona.runtime.data.PreparedData;
import dev.neurona.runtime.i18n.Text;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * Reads the {@code csv(...)} and {@code parquet(...)} sources of a {@code data} statement
 * through Spark, so a path may name a distributed file or a folder of part files. The result is
 * what {@code CsvLoader.load} followed by {@code DataPipeline.prepare} gives for the same table,
 * options and seed — the same schema, classes, one-hot categories, fill values, rows, splits and
 * order — with Spark doing the work over the rows: the missing-value filter, the column profile,
 * the distinct categories and classes, the encoding, the class counts and ranks of the split, and
 * the normalisation statistics (summed per partition, in partition order, so they do not depend
 * on scheduling and agree with the local ones to float rounding). The prepared data set then lives
 * on the driver, as every runtime data set does; its preprocessing travels with the models
 * trained on it exactly as in local training.
 *
 * <p>Differences from the local reader: rows are numbered in Spark's reading order (for one file,
 * the file's order; for a folder, Spark's order of its parts, which is fixed for the same files);
 * errors name the data row (from 1, a header not counted) rather than the physical line; a quoted
 * CSV cell may not span lines.
 */
public final class SparkDataReader {
    private final SparkSession spark;

    public SparkDataReader(SparkSession spark) {
        this.spark = spark;
    }

    /**
     * The {@code csv(path)} source prepared as the data set {@code name}; split parts are named
     * {@code name.part}.
     *
     * @throws DataException naming the source, and where there is one the row and column of the
     *                       culprit, as the local reader would
     */
    public PreparedData csv(String path, DataOptions options, String name, long seed) {
        CellTable table = CellTable.csv(spark, path, options.delimiter(), options.header());
        return prepare(table, options, name, seed);
    }

    /**
     * The {@code parquet(path)} source prepared as the data set {@code name}. Columns of numbers,
     * text and booleans are read as a CSV's cells would be (an integer target is classes, a
     * floating-point one numbers, unless {@code task} says otherwise); null, NaN and infinite
     * values are missing.
     *
     * @throws DataException when the path holds no Parquet data, a used column is of another
     *                       type, or {@code delimiter} or {@code header} is set (they are CSV options)
     */
    public PreparedData parquet(String path, DataOptions options, String name, long seed) {
        List<String> csvOnly = options.readingOptionsSet().stream()
                .filter(o -> o.equals("delimiter") || o.equals("header"))
                .toList();
        if (!csvOnly.isEmpty()) {
            throw new DataException(
                    Text.of("spark.parquet.csv_options", name, csvOnly.size(), String.join(", ", csvOnly)));
        }
        return prepare(CellTable.parquet(spark, path), options, name, seed);
    }

    private static PreparedData prepare(CellTable table, DataOptions options, String name, long seed) {
        TableEncoder encoder = new TableEncoder(table, options);
        try {
            return new SparkPreparation(encoder.encode(), options, name).prepare(seed);
        } finally {
            encoder.release();
        }
    }
}
