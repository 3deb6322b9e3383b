package dev.neurona.runtime.nn;

import dev.neurona.runtime.spec.ActivationSpec;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * One line of a model body after the input, as the language compiles it: an immutable
 * description that answers for its own kind. It knows its shape rule, its parameter count, how it
 * is written in a script and in a model file, and how to build the live {@link Layer}. A kind and
 * its layer live in one package under {@code nn}; {@link LayerKinds} names them for model files.
 */
public interface LayerSpec {

    /** The kind's keyword, as in scripts and model files: {@code dense}, {@code conv}, ... */
    String kind();

    /**
     * The shape of this layer's output for an input of {@code input}.
     *
     * @throws ShapeException when the layer cannot take that input, saying why
     */
    Shape outputShape(Shape input);

    /** Trainable numbers for an input of {@code input} (which {@link #outputShape} accepts). */
    default long parameterCount(Shape input) {
        return 0;
    }

    /** How {@link #parameterCount} adds up, as {@code 784×128 + 128 = 100,480}; {@code 0} when none. */
    default String parameterFormula(Shape input) {
        return "0";
    }

    /** Multiply-adds of one example's forward pass, biases aside ({@code n·units} for dense). */
    default long multiplyAdds(Shape input) {
        return 0;
    }

    /** Numbers kept with the model that training does not follow by gradient (running statistics). */
    default long stateCount(Shape input) {
        return 0;
    }

    /** The activation at the end of this layer, if it applies one. */
    default Optional<ActivationSpec> appliedActivation() {
        return Optional.empty();
    }

    /** Whether the layer has trainable numbers of its own, and so a numbered name ({@code conv1}). */
    default boolean isNumbered() {
        return false;
    }

    /** The layer as a script would write it: {@code conv 16 3x3 relu padding=same}. */
    String describe();

    /** Writes this layer's fields, after its kind, in a model file; {@link LayerKinds} reads them back. */
    void write(DataOutput out) throws IOException;

    /** Builds the live layer for an input of {@code input}. */
    Layer build(Shape input, LayerContext context);

    /** {@code a×b + c = d} with the total grouped by thousands, as summaries print counts. */
    static String formula(String product, long bias, long total) {
        return String.format(Locale.ROOT, "%s + %d = %,d", product, bias, total);
    }
}
