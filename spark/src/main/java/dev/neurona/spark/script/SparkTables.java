package dev.neurona.spark.script;

import dev.neurona.lang.interp.TableSource;
import dev.neurona.runtime.NeuronaException;
import dev.neurona.runtime.data.DataException;
import dev.neurona.runtime.data.DataOptions;
import dev.neurona.runtime.data.PreparedData;
import dev.neurona.runtime.i18n.Text;
import dev.neurona.spark.data.SparkDataReader;

/**
 * The interpreter's reader of {@code csv(...)} and {@code parquet(...)} sources on a Spark
 * cluster: paths may be distributed ({@code hdfs://}, {@code s3a://}, folders of part files).
 * A failure Spark reports in its own terms (a missing path, an unreadable file) becomes one
 * {@link DataException} sentence naming the source.
 */
public final class SparkTables implements TableSource {
    private final SparkDataReader reader;

    public SparkTables(SparkDataReader reader) {
        this.reader = reader;
    }

    @Override
    public PreparedData csv(String location, DataOptions options, String name, long seed) {
        try {
            return reader.csv(location, options, name, seed);
        } catch (NeuronaException e) {
            throw e;
        } catch (Exception e) { // Spark's AnalysisException is checked in Java's eyes, yet thrown undeclared
            throw unreadable("csv", location, e);
        }
    }

    @Override
    public PreparedData parquet(String location, DataOptions options, String name, long seed) {
        try {
            return reader.parquet(location, options, name, seed);
        } catch (NeuronaException e) {
            throw e;
        } catch (Exception e) {
            throw unreadable("parquet", location, e);
        }
    }

    @Override
    public boolean distributed() {
        return true;
    }

    @Override
    public String toString() {
        return "spark";
    }

    /** Spark's message, first line only: the rest is its plan or stack, which says nothing to a user. */
    private static DataException unreadable(String format, String location, Exception e) {
        String message = e.getMessage() == null
                ? e.getClass().getSimpleName()
                : e.getMessage().lines().findFirst().orElse("");
        return new DataException(Text.of("spark.unreadable", format, location, message.strip()), e);
    }
}
