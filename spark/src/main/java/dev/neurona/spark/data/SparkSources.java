package dev.neurona.spark.data;

import dev.neurona.runtime.data.DataException;
import dev.neurona.runtime.i18n.Text;
import java.util.List;
import java.util.function.Supplier;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Opening a source with Spark, with Spark's complaints about paths turned into data errors. */
final class SparkSources {
    private SparkSources() {}

    /**
     * The frame {@code open} reads; opening only looks at the path and the file listing.
     *
     * @throws DataException when the path does not exist or holds nothing to read
     */
    static Dataset<Row> load(String path, Supplier<Dataset<Row>> open) {
        Dataset<Row> frame;
        try {
            frame = open.get();
        } catch (Exception e) { // Spark's AnalysisException is checked, though Scala does not say so
            throw new DataException(describe(path, e), e);
        }
        if (frame.columns().length == 0) throw new DataException(Text.of("data.empty", path));
        return frame;
    }

    /** The first row, in reading order. @throws DataException when there is none */
    static String[] first(String path, JavaRDD<String[]> lines) {
        List<String[]> first = lines.take(1);
        if (first.isEmpty()) throw new DataException(Text.of("data.empty", path));
        return first.get(0);
    }

    /** What is wrong with {@code path}, in plain words: a missing path, no data files, or the first line of what Spark said. */
    static Text describe(String path, Throwable e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("PATH_NOT_FOUND") || message.contains("Path does not exist"))
            return Text.of("data.not_found", path);
        if (message.contains("UNABLE_TO_INFER_SCHEMA")) return Text.of("spark.no_data_files", path);
        int end = message.indexOf('\n');
        return Text.of("data.in_file", path, end < 0 ? message : message.substring(0, end));
    }
}
