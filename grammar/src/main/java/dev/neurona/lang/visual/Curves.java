package dev.neurona.lang.visual;

import java.util.Arrays;

/**
 * Figures per epoch, oldest first: training loss and accuracy, validation loss and accuracy.
 * A figure that was not measured (accuracy for regression, validation without validation data)
 * is NaN. All four arrays have one value per epoch; they are copied in and out.
 */
public final class Curves {
    private final double[] loss;
    private final double[] accuracy;
    private final double[] valLoss;
    private final double[] valAccuracy;

    public Curves(double[] loss, double[] accuracy, double[] valLoss, double[] valAccuracy) {
        int n = loss.length;
        if (accuracy.length != n || valLoss.length != n || valAccuracy.length != n) {
            throw new IllegalArgumentException("every curve needs one value per epoch (" + n + ")");
        }
        this.loss = loss.clone();
        this.accuracy = accuracy.clone();
        this.valLoss = valLoss.clone();
        this.valAccuracy = valAccuracy.clone();
    }

    public int epochs() {
        return loss.length;
    }

    public double[] loss() {
        return loss.clone();
    }

    public double[] accuracy() {
        return accuracy.clone();
    }

    public double[] valLoss() {
        return valLoss.clone();
    }

    public double[] valAccuracy() {
        return valAccuracy.clone();
    }

    /** Whether accuracy was measured (classification). */
    public boolean hasAccuracy() {
        return Arrays.stream(accuracy).anyMatch(Double::isFinite);
    }

    /** Whether any epoch was validated. */
    public boolean hasValidation() {
        return Arrays.stream(valLoss).anyMatch(Double::isFinite);
    }
}
