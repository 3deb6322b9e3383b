package dev.neurona.lang.interp;

import dev.neurona.runtime.data.CsvLoader;
import dev.neurona.runtime.data.DataException;
import dev.neurona.runtime.data.DataOptions;
import dev.neurona.runtime.data.DataPipeline;
import dev.neurona.runtime.data.PreparedData;
import dev.neurona.runtime.i18n.Text;
import java.nio.file.Path;

/**
 * Reads the tables of {@code data} statements: {@code csv(...)} and {@code parquet(...)}
 * sources, prepared (filtered, encoded, shuffled, split, normalised) as the data set
 * {@code name}. {@link #LOCAL} reads in this process; a cluster's reader (the {@code spark}
 * module's) reads distributed paths such as {@code hdfs:///data/digits.csv}.
 */
public interface TableSource {

    /** This process's reader: {@link CsvLoader} and {@link DataPipeline}; no Parquet. */
    TableSource LOCAL = new TableSource() {
        @Override
        public PreparedData csv(String location, DataOptions options, String name, long seed) {
            return DataPipeline.prepareLoaded(CsvLoader.load(Path.of(location), options, seed), options, name, seed);
        }

        @Override
        public PreparedData parquet(String location, DataOptions options, String name, long seed) {
            throw new DataException(Text.of("data.parquet_needs_spark"));
        }

        @Override
        public String toString() {
            return "local";
        }
    };

    /**
     * The CSV table at {@code location} (an absolute local path, or for a cluster's reader a URI),
     * read with the delimiter and header of {@code options} and prepared with the rest of them.
     *
     * @param seed drives the shuffle and the split
     * @throws DataException naming the source, and where possible the row and column at fault
     */
    PreparedData csv(String location, DataOptions options, String name, long seed);

    /** As {@link #csv}, for a Parquet file or folder of part files. */
    PreparedData parquet(String location, DataOptions options, String name, long seed);

    /**
     * Whether this reader finds paths with a scheme ({@code hdfs://}, {@code s3a://},
     * {@code file://}...) and reads {@code parquet(...)}; if so, the check leaves such paths to it.
     */
    default boolean distributed() {
        return false;
    }
}
