package dev.neurona.lang.plan;

import java.nio.file.Path;

/** Where a data set's rows come from. */
public sealed interface DataSource {

    /** {@code csv("file.csv")}; the reading options travel in the data plan's options. */
    record Csv(Path file) implements DataSource {}

    /**
     * A table read by a cluster's reader: {@code parquet("...")}, or {@code csv("...")} of a
     * distributed path such as {@code hdfs:///data/digits.csv}; the CSV's delimiter and header
     * travel in the data plan's options.
     *
     * @param location a URI, or an absolute local path
     */
    record Table(String location, Format format) implements DataSource {}

    /** How a {@link Table} is stored. */
    enum Format {
        CSV,
        PARQUET
    }

    /** {@code idx("images", "labels")}, or a well-known set such as {@code mnist.train}. */
    record Idx(Path images, Path labels) implements DataSource {}

    /** {@code OTHER} or {@code OTHER.part}: an existing data set, prepared again. */
    record Derived(String data) implements DataSource {}
}
