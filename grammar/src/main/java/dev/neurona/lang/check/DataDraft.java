package dev.neurona.lang.check;

import dev.neurona.lang.ast.Identifier;
import dev.neurona.runtime.data.DataOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A data block's options as read so far, with the places the CSV-only ones were written. */
final class DataDraft {

    final DataOptions.Builder options = DataOptions.builder();

    @Nullable
    ColumnName target;

    final List<ColumnName> features = new ArrayList<>();
    final List<ColumnName> ignore = new ArrayList<>();
    final List<String> parts = new ArrayList<>();
    /** Whether the split line had an error, so that the parts are unknown. */
    boolean splitFailed;
    /** Where {@code stream} (on), {@code shuffle_buffer} and {@code shuffle} (on) are written; null when they are not. */
    @Nullable
    Identifier stream;

    @Nullable
    Identifier shuffleBuffer;

    @Nullable
    Identifier shuffleOn;
    /** The options that say how to read a CSV file, by name, as written. */
    final Map<String, Identifier> readingOptions = new LinkedHashMap<>();
}
