package dev.neurona.runtime.explain;

/**
 * One point of the sizing advice of a first course, checked against a model: tabular data
 * wants one hidden layer whose first has 2–3 times the inputs; images want a first dense layer
 * far smaller than the inputs; the output wants one neuron for regression and one per class.
 *
 * @param units     the neurons of the layer in question
 * @param reference what they are compared with: the inputs, the hidden layers, or the classes
 */
public record Advice(Kind kind, int units, int reference) {

    public enum Kind {
        /** Tabular input: the first hidden layer has more than {@link SizingAdvice#TABULAR_MOST} times the inputs. */
        TABULAR_FIRST_TOO_WIDE,
        /** Tabular input: the first hidden layer has fewer neurons than inputs. */
        TABULAR_FIRST_TOO_NARROW,
        /** Tabular input: more than one hidden layer ({@code reference} of them). */
        TABULAR_MANY_HIDDEN,
        /** Image input: the first dense layer has more than {@link SizingAdvice#IMAGE_MOST} of the inputs. */
        IMAGE_FIRST_TOO_WIDE,
        /** Regression with more outputs than targets ({@code reference}). */
        REGRESSION_OUTPUTS,
        /** Classification with an output width that is not the class count ({@code reference}). */
        CLASS_OUTPUTS,
        /** Nothing to point out. */
        SIZES_FIT
    }
}
