package dev.neurona.lang.plan;

import java.nio.file.Path;

/** Where a data set's rows come from. */
public sealed interface DataSource {

    /** {@code csv("file.csv")}; the reading options travel in the data plan's options. */
    record Csv(Path file) implements DataSource {
    }

    /** {@code idx("images", "labels")}, or a well-known set such as {@code mnist.train}. */
    record Idx(Path images, Path labels) implements DataSource {
    }

    /** {@code OTHER} or {@code OTHER.part}: an existing data set, prepared again. */
    record Derived(String data) implements DataSource {
    }
}
