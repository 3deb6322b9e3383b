package dev.neurona.lang.interp;

import dev.neurona.runtime.nn.dropout.DropoutSpec;
import dev.neurona.runtime.spec.ModelSpec;
import dev.neurona.runtime.spec.TrainSpec;
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
 *       stands at least 5% above its best, while the training loss went on falling (3% below its
 *       value at that best epoch); a noisy validation loss that merely wanders is not enough;</li>
 *   <li>no learning: for {@value #CHANCE_EPOCHS} epochs in a row, training accuracy stayed within
 *       10% of the way from chance to perfect, chance being the share of the most common class
 *       (what always answering that class scores).</li>
 * </ul>
 */
final class LearningNotes {
    static final int PATIENCE = 5;
    static final int CHANCE_EPOCHS = 3;
    private static final double RISE = 1.05;
    private static final double FALL = 0.97;
    private static final double NEAR_CHANCE = 0.1;
    private static final int WIDTH = 78;
    private static final char NBSP = '\u00A0';

    private final double chance;
    private final boolean watchOverfitting;
    private final List<String> remedies;
    private final List<EpochMetrics> epochs = new ArrayList<>();
    private boolean overfittingSaid;
    private boolean chanceSaid;

    /**
     * @param chance   the share of the training data's most common class; NaN for regression
     * @param remedies what to try against overfitting, in words, such as {@code a smaller model}
     */
    LearningNotes(double chance, List<String> remedies) {
        this(chance, true, remedies);
    }

    private LearningNotes(double chance, boolean watchOverfitting, List<String> remedies) {
        this.chance = chance;
        this.watchOverfitting = watchOverfitting;
        this.remedies = List.copyOf(remedies);
    }

    /**
     * The notes for one run of {@code model} as {@code train} says. With early stopping there is
     * no overfitting note: early stopping acts on the same sign and says so itself.
     */
    static LearningNotes forRun(double chance, ModelSpec model, TrainSpec train) {
        return new LearningNotes(chance, train.earlyStop() == null, remedies(model, train));
    }

    /**
     * The remedies against overfitting, by what this model and run use already: dropout (or a
     * higher rate), an L2 penalty (or a larger one), early stopping; then a smaller model and more data.
     */
    static List<String> remedies(ModelSpec model, TrainSpec train) {
        List<String> remedies = new ArrayList<>();
        boolean dropout = model.layers().stream().anyMatch(layer -> layer instanceof DropoutSpec d && d.rate() > 0);
        remedies.add(dropout ? "a higher dropout rate" : "a 'dropout 0.5' layer after a dense layer");
        remedies.add(train.l2() > 0 ? "a larger l2" : "'l2 0.0005' in the train block");
        remedies.add("'early_stop(patience=3)' in the train block");
        remedies.add("a smaller model");
        remedies.add("more data");
        return remedies;
    }

    /** Records one more epoch; returns the notes it gives rise to, each ending in a newline. */
    List<String> after(EpochMetrics metrics) {
        epochs.add(metrics);
        List<String> notes = new ArrayList<>();
        if (watchOverfitting && !overfittingSaid) overfitting().ifPresent(note -> {
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
                        + " Remedies: %s.",
                last - best, atBest.valLoss(), atBest.epoch(), now.valLoss(), atBest.loss(), now.loss(), listed())));
    }

    private Optional<String> nearChance() {
        int n = epochs.size();
        if (Double.isNaN(chance) || n < CHANCE_EPOCHS) return Optional.empty();
        double ceiling = chance + NEAR_CHANCE * (1 - chance);
        for (EpochMetrics m : epochs.subList(n - CHANCE_EPOCHS, n)) {
            if (!(m.accuracy() <= ceiling)) return Optional.empty();
        }
        EpochMetrics now = epochs.get(n - 1);
        return Optional.of(wrap(String.format(Locale.ROOT, "note: training accuracy has stayed near chance for %d epochs"
                        + " (now %.4f; always answering the most common class scores %.4f): the model is not learning."
                        + " Try a learning rate 10 times smaller or larger than %s (optimizer adam(lr=...)), inputs"
                        + " on a common scale ('normalize standard' or 'scale'), more epochs, or more units (underfitting).",
                CHANCE_EPOCHS, now.accuracy(), chance, rate(now.learningRate()))));
    }

    /** {@code a; b; or c}. */
    private String listed() {
        if (remedies.size() == 1) return remedies.get(0);
        return String.join("; ", remedies.subList(0, remedies.size() - 1)) + "; or " + remedies.get(remedies.size() - 1);
    }

    private static String rate(double lr) {
        return new java.math.BigDecimal(lr).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }

    /**
     * Breaks a note into lines of at most {@value #WIDTH} columns, continuation lines indented
     * under its text; a phrase in quotes, such as {@code 'l2 0.0005'}, stays on one line.
     */
    static String wrap(String text) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        java.util.regex.Matcher quoted = java.util.regex.Pattern.compile("'[^']*'").matcher(text);
        String glued = quoted.replaceAll(match -> java.util.regex.Matcher.quoteReplacement(match.group().replace(' ', NBSP)));
        for (String word : glued.split(" ")) {
            word = word.replace(NBSP, ' ');
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
