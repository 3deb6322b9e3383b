package dev.neurona.lang.interp;

import dev.neurona.runtime.train.EpochMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Watches the epochs of one training run and says, once each, in plain words, when they show
 * one of two common troubles, with the remedies the language offers:
 * <ul>
 *   <li>overfitting: the validation loss has not improved for {@value #PATIENCE} epochs and now
 *       stands at least 3% above its best, while the training loss went on falling (3% below its
 *       value at that best epoch);</li>
 *   <li>no learning: for {@value #PATIENCE} epochs in a row, training accuracy stayed within
 *       10% of the way from chance to perfect, chance being the share of the most common class
 *       (what always answering that class scores).</li>
 * </ul>
 */
final class LearningNotes {
    static final int PATIENCE = 3;
    private static final double RISE = 1.03;
    private static final double FALL = 0.97;
    private static final double NEAR_CHANCE = 0.1;
    private static final int WIDTH = 78;

    private final double chance;
    private final List<EpochMetrics> epochs = new ArrayList<>();
    private boolean overfittingSaid;
    private boolean chanceSaid;

    /** @param chance the share of the training data's most common class; NaN for regression */
    LearningNotes(double chance) {
        this.chance = chance;
    }

    /** Records one more epoch; returns the notes it gives rise to, each ending in a newline. */
    List<String> after(EpochMetrics metrics) {
        epochs.add(metrics);
        List<String> notes = new ArrayList<>();
        if (!overfittingSaid) overfitting().ifPresent(note -> {
            overfittingSaid = true;
            notes.add(note);
        });
        if (!chanceSaid) nearChance().ifPresent(note -> {
            chanceSaid = true;
            notes.add(note);
        });
        return notes;
    }

    private Optional<String> overfitting() {
        int last = epochs.size() - 1;
        int best = -1;
        for (int i = 0; i <= last; i++) {
            double v = epochs.get(i).valLoss();
            if (Double.isFinite(v) && (best < 0 || v < epochs.get(best).valLoss())) best = i;
        }
        if (best < 0 || last - best < PATIENCE) return Optional.empty();
        EpochMetrics atBest = epochs.get(best);
        EpochMetrics now = epochs.get(last);
        if (!(now.valLoss() > atBest.valLoss() * RISE && now.loss() < atBest.loss() * FALL)) return Optional.empty();
        return Optional.of(wrap(String.format(Locale.ROOT, "note: validation loss has risen for %d epochs (best %.4f"
                        + " at epoch %d, now %.4f) while training loss kept falling (from %.4f to %.4f): the model is"
                        + " learning its training examples by heart instead of what they have in common (overfitting)."
                        + " Remedies: a 'dropout 0.5' layer after a dense layer; 'l2 0.0005' or 'early_stop(patience=3)'"
                        + " in the train block; a smaller model; or more data.",
                last - best, atBest.valLoss(), atBest.epoch(), now.valLoss(), atBest.loss(), now.loss())));
    }

    private Optional<String> nearChance() {
        int n = epochs.size();
        if (Double.isNaN(chance) || n < PATIENCE) return Optional.empty();
        double ceiling = chance + NEAR_CHANCE * (1 - chance);
        for (EpochMetrics m : epochs.subList(n - PATIENCE, n)) {
            if (!(m.accuracy() <= ceiling)) return Optional.empty();
        }
        EpochMetrics now = epochs.get(n - 1);
        return Optional.of(wrap(String.format(Locale.ROOT, "note: training accuracy has stayed near chance for %d epochs"
                        + " (now %.4f; always answering the most common class scores %.4f): the model is not learning."
                        + " Try a learning rate 10 times smaller or larger than %s (optimizer adam(lr=...)), inputs"
                        + " on a common scale ('normalize standard' or 'scale'), more epochs, or more units (underfitting).",
                PATIENCE, now.accuracy(), chance, rate(now.learningRate()))));
    }

    private static String rate(double lr) {
        return new java.math.BigDecimal(lr).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }

    /** Breaks a note into lines of at most {@value #WIDTH} columns, continuation lines indented under its text. */
    static String wrap(String text) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > WIDTH) {
                out.append(line).append('\n');
                line = new StringBuilder("      ");
            } else if (line.length() > 0 && !line.toString().isBlank()) {
                line.append(' ');
            }
            line.append(word);
        }
        return out.append(line).append('\n').toString();
    }
}
