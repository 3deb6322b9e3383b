package dev.neurona.spark.data;

import dev.neurona.runtime.data.DataException;
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
            throw new DataException(path + ": " + describe(e), e);
        }
        if (frame.columns().length == 0) throw new DataException(path + ": the file is empty");
        return frame;
    }

    /** The first row, in reading order. @throws DataException when there is none */
    static String[] first(String path, JavaRDD<String[]> lines) {
        List<String[]> first = lines.take(1);
        if (first.isEmpty()) throw new DataException(path + ": the file is empty");
        return first.get(0);
    }

    /** Spark's reason in plain words: a missing path, or the first line of what Spark said. */
    static String describe(Throwable e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("PATH_NOT_FOUND") || message.contains("Path does not exist")) return "file not found";
        if (message.contains("UNABLE_TO_INFER_SCHEMA")) return "no data files to read";
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
