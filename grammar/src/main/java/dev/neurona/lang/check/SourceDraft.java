package dev.neurona.lang.check;

import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.lang.check.facts.DataShape;
import dev.neurona.lang.plan.DataSource;
import java.nio.file.Path;
import java.util.Optional;

/** A data statement's source after its check: what to load, and what is known of it so far. */
sealed interface SourceDraft {

    /** {@code csv("file")}: the file (which exists), its path as written, and how to read its cells. */
    record Csv(Path file, String written, SourceSpan fileSpan, String delimiter, boolean header)
            implements SourceDraft {}

    /**
     * A table a cluster reads: {@code parquet(...)}, or {@code csv(...)} of a distributed path.
     * Its location is absolute (a URI, or a local path resolved against the script's directory);
     * its columns and shape are known only when it runs.
     */
    record Table(String location, DataSource.Format format, String delimiter, boolean header) implements SourceDraft {}

    /** {@code idx(...)} or a well-known set: both files exist; the shape is read from them. */
    record Idx(Path images, Path labels, SourceSpan span) implements SourceDraft {}

    /** An existing data set or part, with its shape if known. */
    record Derived(String data, Optional<DataShape> shape) implements SourceDraft {}
}
