package dev.neurona.lang.interp;

import dev.neurona.runtime.train.EpochMetrics;
import dev.neurona.runtime.train.TrainingListener;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Sees a session run from the outside, as the watch page does: the text being run, each
 * {@code train} statement (whose batches it hears through the listener it returns) and each
 * finished run of a {@code sweep}. Called on the threads that run the statements; an observer
 * must return quickly and never block them.
 */
public interface RunObserver {
    RunObserver NONE = new RunObserver() {};

    /** The text about to run, after its check passed; {@code fileName} as diagnostics name it. */
    default void running(String fileName, String source) {}

    /** The text given to {@link #running} has finished running, however it ended. */
    default void finished() {}

    /** A {@code print}, {@code evaluate} or {@code explain} statement printed {@code shown}'s text. */
    default void shown(Shown shown) {}

    /** A {@code train} statement starts; the returned listener hears its batches and epochs. */
    default TrainingListener training(TrainingView view) {
        return TrainingListener.NONE;
    }

    /**
     * A {@code sweep} statement starts.
     *
     * @param title   its header line, such as {@code sweep best = mlp on digits.train: 4 combinations}
     * @param axes    the names of its {@code vary} lines
     * @param runs    how many runs it will make at most (combinations × repeat)
     */
    default void sweepBegins(String title, List<String> axes, int runs) {}

    /**
     * One run of a sweep finished (possibly out of order, from several threads at once).
     *
     * @param labels     the combination's value on each axis, as written
     * @param kept       the figures of the epoch the run keeps; null when it diverged
     * @param divergence why it diverged, or null
     */
    default void sweepRun(
            int combination,
            int run,
            List<String> labels,
            @Nullable EpochMetrics kept,
            int epochs,
            double seconds,
            @Nullable String divergence) {}
}
