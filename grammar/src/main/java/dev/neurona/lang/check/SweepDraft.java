package dev.neurona.lang.check;

import dev.neurona.lang.ast.Entry;
import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.lang.plan.SweepPlan;
import dev.neurona.runtime.spec.Metric;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A sweep block's lines as read so far: its own ({@code vary}, {@code select}, ...) and its train options. */
final class SweepDraft {

    final List<VaryLine> vary = new ArrayList<>();
    /** The figure to rank on, and where it is written (null when not written: the default). */
    Metric select = Metric.VAL_LOSS;

    @Nullable
    SourceSpan selectSpan;

    int repeat = 1;
    SweepPlan.Parallel parallel = SweepPlan.Parallel.AUTO;
    /** The lines that are train options, in order, to be read as a train block is. */
    final List<Entry> trainOptions = new ArrayList<>();
}
