package dev.neurona.lang.interp;

import dev.neurona.runtime.explain.TrainingVerdicts;
import dev.neurona.runtime.i18n.Messages;
import dev.neurona.runtime.i18n.TextWrap;
import dev.neurona.runtime.nn.dropout.DropoutSpec;
import dev.neurona.runtime.spec.ModelSpec;
import dev.neurona.runtime.spec.OptimizerKind;
import dev.neurona.runtime.spec.TrainSpec;
import dev.neurona.runtime.train.EpochMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Watches the epochs of one training run and says, once each, in plain words, when they show
 * one of two common troubles, with the remedies the language offers. The rules are
 * {@link TrainingVerdicts#overfitting} and {@link TrainingVerdicts#nearChance}, the same that
 * {@code explain} judges by, so a note and a later {@code explain} never disagree:
 * <ul>
 *   <li>overfitting: the validation loss has not improved for {@value TrainingVerdicts#PATIENCE}
 *       epochs and now stands at least 5% above its best, while the training loss went on falling
 *       (3% below its value at that best epoch); a noisy validation loss that merely wanders is not enough;</li>
 *   <li>no learning ({@link TrainingVerdicts#notLearning}): for {@value TrainingVerdicts#CHANCE_EPOCHS}
 *       epochs in a row, training accuracy stayed within 10% of the way from chance to perfect,
 *       chance being the share of the most common class (what always answering that class
 *       scores), and the training loss fell by less than 5% over them. On a tiny data set accuracy
 *       moves a whole row at a time, so a loss still falling fast means the model learns. The
 *       note suggests what fits the loss: a learning rate 10 times smaller when it rose or swung;
 *       10 times larger (or, after plain {@code sgd}, an optimizer that adapts its steps) when it
 *       barely moved.</li>
 * </ul>
 */
final class LearningNotes {
    static final int PATIENCE = TrainingVerdicts.PATIENCE;
    static final int CHANCE_EPOCHS = TrainingVerdicts.CHANCE_EPOCHS;
    private static final int WIDTH = 78;

    private final double chance;
    private final boolean watchOverfitting;
    private final List<String> remedies;
    private final Messages messages;
    private final OptimizerKind optimizer;
    private final List<EpochMetrics> epochs = new ArrayList<>();
    private boolean overfittingSaid;
    private boolean chanceSaid;

    /**
     * Notes in English.
     *
     * @param chance   the share of the training data's most common class; NaN for regression
     * @param remedies what to try against overfitting, in words, such as {@code a smaller model}
     */
    LearningNotes(double chance, List<String> remedies) {
        this(chance, true, remedies, Messages.english(), OptimizerKind.ADAM);
    }

    private LearningNotes(
            double chance,
            boolean watchOverfitting,
            List<String> remedies,
            Messages messages,
            OptimizerKind optimizer) {
        this.chance = chance;
        this.watchOverfitting = watchOverfitting;
        this.remedies = List.copyOf(remedies);
        this.messages = messages;
        this.optimizer = optimizer;
    }

    /** As {@link #forRun(double, ModelSpec, TrainSpec, Messages)}, in English. */
    static LearningNotes forRun(double chance, ModelSpec model, TrainSpec train) {
        return forRun(chance, model, train, Messages.english());
    }

    /**
     * The notes for one run of {@code model} as {@code train} says, in the language of
     * {@code messages}. With early stopping there is no overfitting note: early stopping acts on
     * the same sign and says so itself.
     */
    static LearningNotes forRun(double chance, ModelSpec model, TrainSpec train, Messages messages) {
        return new LearningNotes(
                chance,
                train.earlyStop() == null,
                remedies(model, train, messages),
                messages,
                train.optimizer().kind());
    }

    /** As {@link #remedies(ModelSpec, TrainSpec, Messages)}, in English. */
    static List<String> remedies(ModelSpec model, TrainSpec train) {
        return remedies(model, train, Messages.english());
    }

    /**
     * The remedies against overfitting, by what this model and run use already: dropout (or a
     * higher rate), an L2 penalty (or a larger one), early stopping; then a smaller model and more data.
     */
    static List<String> remedies(ModelSpec model, TrainSpec train, Messages messages) {
        List<String> remedies = new ArrayList<>();
        boolean dropout = model.layers().stream().anyMatch(layer -> layer instanceof DropoutSpec d && d.rate() > 0);
        remedies.add(messages.text(dropout ? "note.remedy.higher_dropout" : "note.remedy.dropout"));
        remedies.add(messages.text(train.l2() > 0 ? "note.remedy.larger_l2" : "note.remedy.l2"));
        remedies.add(messages.text("note.remedy.early_stop"));
        remedies.add(messages.text("note.remedy.smaller_model"));
        remedies.add(messages.text("note.remedy.more_data"));
        return remedies;
    }

    /** Records one more epoch; returns the notes it gives rise to, each ending in a newline. */
    List<String> after(EpochMetrics metrics) {
        epochs.add(metrics);
        List<String> notes = new ArrayList<>();
        if (watchOverfitting && !overfittingSaid)
            overfitting().ifPresent(note -> {
                overfittingSaid = true;
                notes.add(note);
            });
        if (!chanceSaid)
            nearChance().ifPresent(note -> {
                chanceSaid = true;
                notes.add(note);
            });
        return notes;
    }

    private Optional<String> overfitting() {
        return TrainingVerdicts.overfitting(epochs)
                .map(o -> wrap(messages.text(
                        "note.overfitting",
                        String.valueOf(o.lastEpoch() - o.bestEpoch()),
                        four(o.bestValLoss()),
                        String.valueOf(o.bestEpoch()),
                        four(o.valLoss()),
                        four(o.lossAtBest()),
                        four(o.loss()),
                        listed())));
    }

    private Optional<String> nearChance() {
        Optional<TrainingVerdicts.Stuck> stuck = TrainingVerdicts.notLearning(epochs, chance);
        if (stuck.isEmpty()) {
            return Optional.empty();
        }
        EpochMetrics now = epochs.get(epochs.size() - 1);
        EpochMetrics start = epochs.get(epochs.size() - CHANCE_EPOCHS);
        boolean rising = stuck.get() == TrainingVerdicts.Stuck.RISING;
        String key = rising
                ? "note.chance.rising"
                : optimizer == OptimizerKind.SGD ? "note.chance.flat.sgd" : "note.chance.flat";
        return Optional.of(wrap(messages.text(
                key,
                String.valueOf(CHANCE_EPOCHS),
                four(now.accuracy()),
                four(chance),
                four(start.loss()),
                four(now.loss()),
                optimizer.keyword(),
                rate(rising ? now.learningRate() / 10 : now.learningRate() * 10))));
    }

    /** {@code a; b; or c}. */
    private String listed() {
        if (remedies.size() == 1) return remedies.get(0);
        return messages.text(
                "note.remedies.last",
                String.join("; ", remedies.subList(0, remedies.size() - 1)),
                remedies.get(remedies.size() - 1));
    }

    private static String four(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    private static String rate(double lr) {
        return new java.math.BigDecimal(lr)
                .round(new java.math.MathContext(3))
                .stripTrailingZeros()
                .toPlainString();
    }

    /**
     * Breaks a note into lines of at most {@value #WIDTH} columns, continuation lines indented
     * under its text; a phrase in quotes, such as {@code 'l2 0.0005'}, stays on one line.
     */
    static String wrap(String text) {
        return TextWrap.wrap(text, WIDTH, "", "      ");
    }
}
