package dev.neurona.lang.check;

import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.runtime.spec.LossSpec;
import dev.neurona.runtime.spec.Metric;
import dev.neurona.runtime.spec.TrainSpec;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** A train block's options as read so far, with the places that later checks point at. */
final class TrainDraft {

    final TrainSpec.Builder spec = TrainSpec.builder();

    @Nullable
    LossSpec loss;

    @Nullable
    SourceSpan lossSpan;
    /** {@code validate on DATA}, when it resolved. */
    @Nullable
    DataRef validation;
    /** Whether a {@code validate} line was written (resolved or not). */
    boolean validates;
    /** Where {@code validate P%} gives its share, or null. */
    dev.neurona.lang.ast.@Nullable SourceSpan heldOut;
    /** The metric early stopping watches, when written explicitly, and where. */
    @Nullable
    Metric monitor;

    @Nullable
    SourceSpan monitorSpan;

    @Nullable
    Path checkpoint;
}
