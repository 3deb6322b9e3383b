package dev.neurona.runtime.data;

import dev.neurona.runtime.i18n.Text;
import java.util.SplittableRandom;

/** Splits of a data set for training: {@code validate 10%} holds out a stratified, seeded part. */
public final class Splits {
    private Splits() {}

    /** The rows kept for training and the rows held out for validation. */
    public record Holdout(Dataset train, Dataset holdout) {}

    /**
     * Holds out {@code fraction} of the rows of {@code data} (not modified), chosen with the seed
     * and, for classification, stratified by class so both parts keep the class balance. Both
     * parts list their rows in a shuffled order. The training part keeps the data set's name; the
     * held-out part is named {@code name.holdout}.
     *
     * @param fraction the share held out, in (0, 1)
     * @throws DataException when either part would get no rows
     */
    public static Holdout stratifiedHoldout(Dataset data, double fraction, long seed) {
        if (!(fraction > 0 && fraction < 1)) {
            throw new DataException(Text.of("split.bad_holdout", SplitPart.percent(fraction)));
        }
        int[] labels = data.task() == Task.CLASSIFICATION ? data.labels() : null;
        int[][] parts = Splitter.split(
                data.rows(),
                labels,
                data.schema().classCount(),
                new double[] {1 - fraction, fraction},
                new SplittableRandom(seed));
        if (parts[0].length == 0 || parts[1].length == 0) {
            throw new DataException(Text.of(
                    "split.holdout_too_few", SplitPart.percent(fraction), data.name(), String.valueOf(data.rows())));
        }
        return new Holdout(data.subset(parts[0]), data.subset(parts[1]).withName(data.name() + ".holdout"));
    }
}
