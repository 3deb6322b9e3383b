package dev.neurona.runtime.explain;

/**
 * What a model's training history says, exactly one of seven cases; each carries the figures
 * behind it. Epochs are numbered as the epoch lines number them (1-based, within the last run).
 */
public sealed interface Verdict {

    /** No epoch has run yet. */
    record NotTrained() implements Verdict {}

    /**
     * Training went as it should: the loss fell and nothing below went wrong.
     *
     * @param stillFalling the training loss fell by more than {@link TrainingVerdicts#STILL_FALLING}
     *                     in the last epoch, so more epochs would likely help
     */
    record LearningWell(
            int epochs,
            double firstLoss,
            double lastLoss,
            double accuracy,
            double valLoss,
            double valAccuracy,
            boolean stillFalling)
            implements Verdict {}

    /**
     * The validation loss was lowest at {@code bestEpoch} and has risen since, while the training
     * loss kept falling (the rule of the training note on overfitting).
     */
    record Overfitting(
            int bestEpoch,
            double bestValLoss,
            int lastEpoch,
            double valLoss,
            double lossAtBest,
            double loss,
            double accuracy,
            double valAccuracy)
            implements Verdict {}

    /**
     * Training accuracy stayed far from perfect: the model learns too little.
     *
     * @param chance what always answering the most common class scores
     */
    record Underfitting(int epochs, double accuracy, double chance, double valAccuracy, double loss)
            implements Verdict {}

    /**
     * The loss rose, swung up and down, or became NaN or infinite: the steps are too long.
     *
     * @param divergedInEpoch the epoch whose loss stopped being a number, 0 when it stayed finite
     * @param rises           epochs whose loss ended above the previous epoch's
     */
    record RateTooHigh(
            double learningRate,
            double firstLoss,
            double lastLoss,
            double highestLoss,
            int rises,
            int steps,
            int divergedInEpoch)
            implements Verdict {}

    /** The loss barely moved in {@code epochs} epochs: the steps are too short. */
    record RateTooLow(double learningRate, int epochs, double firstLoss, double lastLoss, double relativeChange)
            implements Verdict {}

    /**
     * Training stopped before its planned epochs (early stopping, or an interruption); early
     * stopping keeps the weights of {@code bestEpoch}.
     *
     * @param monitored the figure judged best: the validation loss when there was validation, else the loss
     */
    record StoppedEarly(int epoch, int planned, int bestEpoch, double monitored, boolean validated)
            implements Verdict {}
}
