package dev.neurona.lang.check.words;

import static dev.neurona.lang.check.value.Signature.number;

import dev.neurona.lang.check.value.Range;
import dev.neurona.runtime.i18n.Text;
import dev.neurona.runtime.spec.ActivationSpec;

/** {@code linear}, {@code relu}, {@code leaky_relu(alpha=0.01)}, {@code elu(alpha=1)}, {@code gelu}, {@code sigmoid}, {@code tanh}, {@code softmax}. */
public final class Activations {

    public static final WordTable<ActivationSpec> TABLE = new WordTable<ActivationSpec>(
                    word -> Text.of("check.unknown.activation", word), Text.of("check.expected.activation"))
            .add("linear", args -> ActivationSpec.LINEAR)
            .add("relu", args -> ActivationSpec.RELU)
            .add(
                    "leaky_relu",
                    args -> ActivationSpec.leakyRelu(args.number("alpha")),
                    number("alpha", 0.01, Range.nonNegative()))
            .add("elu", args -> ActivationSpec.elu(args.number("alpha")), number("alpha", 1.0, Range.positive()))
            .add("gelu", args -> ActivationSpec.GELU)
            .add("sigmoid", args -> ActivationSpec.SIGMOID)
            .add("tanh", args -> ActivationSpec.TANH)
            .add("softmax", args -> ActivationSpec.SOFTMAX);

    private Activations() {}
}
