package dev.neurona.runtime.explain;

import dev.neurona.runtime.train.EpochMetrics;
import java.util.List;
import java.util.Optional;

/**
 * The rules that turn a training history into one {@link Verdict}, tried in this order, the
 * first that holds winning; only the last training run counts (a run starts again at epoch 1):
 * <ol>
 *   <li>the run diverged (a NaN or infinite loss): learning rate too high;</li>
 *   <li>no epoch: not trained yet;</li>
 *   <li>the training loss changed by less than {@value #CRAWL} of itself from the first epoch to
 *       the last, while a classifier had not yet come {@value #LEARNED} of the way from chance to
 *       perfect accuracy: learning rate too low (a model that has already learned may rest);</li>
 *   <li>the training loss ended above where it began, or swung without getting anywhere: its
 *       rises from one epoch to the next add up to at least {@value #SWING} of its falls while it
 *       did not even fall to {@value #SWING_NET} of where it began: learning rate too high (the
 *       small rises of a healthy run that has long since halved its loss do not count);</li>
 *   <li>the run ended before its planned epochs: stopped early;</li>
 *   <li>{@link #overfitting}: overfitting since the epoch of the best validation loss;</li>
 *   <li>a classifier's training accuracy {@link #nearChance stayed near chance}, or ended less than
 *       {@value #UNDERFIT_PROGRESS} of the way from chance to perfect: underfitting;</li>
 *   <li>otherwise: learning well.</li>
 * </ol>
 * The training notes printed after each epoch use {@link #overfitting} and {@link #nearChance}
 * themselves, so a note and a later {@code explain} never disagree.
 */
public final class TrainingVerdicts {

    /** Epochs the validation loss must have gone without a new best before overfitting is named. */
    public static final int PATIENCE = 5;
    /** How far above its best the validation loss must stand: 5%, so that noise is not enough. */
    public static final double RISE = 1.05;
    /** How far the training loss must have fallen below its value at the best epoch: 3%. */
    public static final double FALL = 0.97;
    /** Epochs in a row of training accuracy near chance before the model is said not to learn. */
    public static final int CHANCE_EPOCHS = 3;
    /** "Near chance": within 10% of the way from chance to perfect accuracy. */
    public static final double NEAR_CHANCE = 0.1;
    /** A training loss that moves by less than 1% of itself over a whole run barely moves. */
    public static final double CRAWL = 0.01;
    /** A classifier 90% of the way from chance to perfect has learned; a still loss is then rest, not a crawl. */
    public static final double LEARNED = 0.9;
    /** Rises adding up to half of the falls mean the loss swings rather than descends. */
    public static final double SWING = 0.5;
    /** A loss that ended below half its start got somewhere, however much it wiggled on the way. */
    public static final double SWING_NET = 0.5;
    /** Ending less than half the way from chance to perfect accuracy is learning too little. */
    public static final double UNDERFIT_PROGRESS = 0.5;
    /** A last epoch that still cut the loss by 2% says more epochs would help. */
    public static final double STILL_FALLING = 0.02;

    private TrainingVerdicts() {}

    /**
     * Overfitting: the validation loss has not improved for {@value #PATIENCE} epochs and stands
     * at least 5% above its best, while the training loss went on falling (3% below its value
     * at the best epoch); a noisy validation loss that merely wanders is not enough.
     */
    public static Optional<Verdict.Overfitting> overfitting(List<EpochMetrics> run) {
        int last = run.size() - 1;
        int best = -1;
        for (int i = 0; i <= last; i++) {
            double v = run.get(i).valLoss();
            if (Double.isFinite(v) && (best < 0 || v < run.get(best).valLoss())) {
                best = i;
            }
        }
        if (best < 0 || last - best < PATIENCE) {
            return Optional.empty();
        }
        EpochMetrics atBest = run.get(best);
        EpochMetrics now = run.get(last);
        if (!(now.valLoss() > atBest.valLoss() * RISE && now.loss() < atBest.loss() * FALL)) {
            return Optional.empty();
        }
        return Optional.of(new Verdict.Overfitting(
                atBest.epoch(),
                atBest.valLoss(),
                now.epoch(),
                now.valLoss(),
                atBest.loss(),
                now.loss(),
                now.accuracy(),
                now.valAccuracy()));
    }

    /**
     * Whether training accuracy has stayed within {@value #NEAR_CHANCE} of the way from chance to
     * perfect for the last {@value #CHANCE_EPOCHS} epochs; never for regression (NaN chance).
     *
     * @param chance the share of the most common class
     */
    public static boolean nearChance(List<EpochMetrics> run, double chance) {
        int n = run.size();
        if (Double.isNaN(chance) || n < CHANCE_EPOCHS) {
            return false;
        }
        double ceiling = chance + NEAR_CHANCE * (1 - chance);
        for (EpochMetrics m : run.subList(n - CHANCE_EPOCHS, n)) {
            if (!(m.accuracy() <= ceiling)) {
                return false;
            }
        }
        return true;
    }

    /**
     * How far the training loss must fall over the {@value #CHANCE_EPOCHS} epochs near chance for
     * the model to count as learning all the same: 5%. On a tiny data set (the four rows of AND or
     * XOR) accuracy moves in steps of a whole row and may sit at chance for several epochs while
     * the loss falls fast; the loss, not the accuracy, tells whether it learns.
     */
    public static final double STUCK_FALL = 0.05;

    /** Why a model stuck near chance does not learn, as its training loss tells. */
    public enum Stuck {
        /** The loss rose or swung over the run: the steps are too long (the rule of a learning rate too high). */
        RISING,
        /** The loss barely moved: the steps are too short, or the optimizer makes no headway. */
        FLAT
    }

    /**
     * Whether the model is not learning, and why: its training accuracy {@link #nearChance stayed
     * near chance} for the last {@value #CHANCE_EPOCHS} epochs and, over those epochs, its training
     * loss did not fall by {@value #STUCK_FALL} of itself. {@link Stuck#RISING} when the loss of
     * the run rose or swung by the rule {@link #judge} calls a learning rate too high, else
     * {@link Stuck#FLAT}. Empty for regression, for a run still finding its way down, and for a
     * loss that is not a number (the run diverged, which training reports itself).
     *
     * @param chance the share of the most common class
     */
    public static Optional<Stuck> notLearning(List<EpochMetrics> run, double chance) {
        if (!nearChance(run, chance)) {
            return Optional.empty();
        }
        int n = run.size();
        double start = run.get(n - CHANCE_EPOCHS).loss();
        double end = run.get(n - 1).loss();
        if (!Double.isFinite(start) || !Double.isFinite(end) || end < start * (1 - STUCK_FALL)) {
            return Optional.empty();
        }
        return Optional.of(swinging(run) ? Stuck.RISING : Stuck.FLAT);
    }

    /** The loss ended above where it began, or swung without getting anywhere (see {@link #judge}, rule 4). */
    private static boolean swinging(List<EpochMetrics> run) {
        double first = run.get(0).loss();
        double last = run.get(run.size() - 1).loss();
        double rise = rise(run);
        return last > first || (run.size() >= 3 && rise > 0 && rise >= SWING * fall(run) && last > SWING_NET * first);
    }

    /**
     * The verdict on {@code history}.
     *
     * @param chance   the share of the most common class; NaN for regression
     * @param diverged the epoch in which the last run's loss stopped being a number, with its
     *                 learning rate; empty when it did not
     */
    public static Verdict judge(List<EpochMetrics> history, double chance, Optional<Divergence> diverged) {
        List<EpochMetrics> run = lastRun(history);
        if (diverged.isPresent()) {
            Divergence d = diverged.get();
            double first = run.isEmpty() ? Double.NaN : run.get(0).loss();
            double last = run.isEmpty() ? Double.NaN : run.get(run.size() - 1).loss();
            return new Verdict.RateTooHigh(
                    d.learningRate(), first, last, highest(run), rises(run), steps(run), d.epoch());
        }
        if (run.isEmpty()) {
            return new Verdict.NotTrained();
        }
        EpochMetrics first = run.get(0);
        EpochMetrics last = run.get(run.size() - 1);
        for (EpochMetrics m : run) {
            if (!Double.isFinite(m.loss())) {
                return new Verdict.RateTooHigh(
                        m.learningRate(), first.loss(), m.loss(), highest(run), rises(run), steps(run), m.epoch());
            }
        }
        if (run.size() >= 2) {
            double change = (first.loss() - last.loss()) / first.loss();
            if (Math.abs(change) < CRAWL && !learned(last, chance)) {
                return new Verdict.RateTooLow(last.learningRate(), run.size(), first.loss(), last.loss(), change);
            }
            if (swinging(run)) {
                return new Verdict.RateTooHigh(
                        last.learningRate(), first.loss(), last.loss(), highest(run), rises(run), steps(run), 0);
            }
        }
        if (last.epoch() < last.epochs()) {
            boolean validated = last.hasValidation();
            EpochMetrics best = run.get(0);
            for (EpochMetrics m : run)
                if (monitored(m, validated) < monitored(best, validated)) {
                    best = m;
                }
            return new Verdict.StoppedEarly(
                    last.epoch(), last.epochs(), best.epoch(), monitored(best, validated), validated);
        }
        Optional<Verdict.Overfitting> overfitting = overfitting(run);
        if (overfitting.isPresent()) {
            return overfitting.get();
        }
        if (nearChance(run, chance) || progress(last.accuracy(), chance) < UNDERFIT_PROGRESS) {
            return new Verdict.Underfitting(run.size(), last.accuracy(), chance, last.valAccuracy(), last.loss());
        }
        boolean stillFalling = run.size() >= 2
                && run.get(run.size() - 2).loss() - last.loss()
                        > STILL_FALLING * run.get(run.size() - 2).loss();
        return new Verdict.LearningWell(
                run.size(),
                first.loss(),
                last.loss(),
                last.accuracy(),
                last.valLoss(),
                last.valAccuracy(),
                stillFalling);
    }

    /** Where and at what learning rate a run's loss stopped being a number. */
    public record Divergence(int epoch, double learningRate) {}

    /** The epochs of the last training run: from the last epoch numbered 1 on. */
    static List<EpochMetrics> lastRun(List<EpochMetrics> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).epoch() == 1) {
                return history.subList(i, history.size());
            }
        }
        return history;
    }

    /** How far from chance to perfect an accuracy is: 0 at chance, 1 at perfect; NaN for regression. */
    static double progress(double accuracy, double chance) {
        return Double.isNaN(chance) || chance >= 1 ? Double.NaN : (accuracy - chance) / (1 - chance);
    }

    private static boolean learned(EpochMetrics last, double chance) {
        return progress(last.accuracy(), chance) >= LEARNED;
    }

    private static double monitored(EpochMetrics m, boolean validated) {
        return validated ? m.valLoss() : m.loss();
    }

    private static double rise(List<EpochMetrics> run) {
        double sum = 0;
        for (int i = 1; i < run.size(); i++)
            sum += Math.max(0, run.get(i).loss() - run.get(i - 1).loss());
        return sum;
    }

    private static double fall(List<EpochMetrics> run) {
        double sum = 0;
        for (int i = 1; i < run.size(); i++)
            sum += Math.max(0, run.get(i - 1).loss() - run.get(i).loss());
        return sum;
    }

    private static int rises(List<EpochMetrics> run) {
        int count = 0;
        for (int i = 1; i < run.size(); i++)
            if (run.get(i).loss() > run.get(i - 1).loss()) {
                count++;
            }
        return count;
    }

    private static int steps(List<EpochMetrics> run) {
        return Math.max(0, run.size() - 1);
    }

    private static double highest(List<EpochMetrics> run) {
        double high = Double.NaN;
        for (EpochMetrics m : run)
            if (!(m.loss() <= high)) {
                high = m.loss();
            }
        return high;
    }
}
