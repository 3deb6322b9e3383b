package dev.neurona.lang.check.words;

import static dev.neurona.lang.check.value.Signature.bool;
import static dev.neurona.lang.check.value.Signature.number;

import dev.neurona.lang.check.value.Range;
import dev.neurona.runtime.i18n.Text;
import dev.neurona.runtime.spec.OptimizerKind;
import dev.neurona.runtime.spec.OptimizerSpec;

/**
 * The update rules and their hyper-parameters, with the language's defaults:
 * {@code sgd(lr=0.01, momentum=0, nesterov=false)}, {@code adam(lr=0.001, beta1=0.9,
 * beta2=0.999, eps=1e-8)}, {@code adamw(lr=0.001, weight_decay=0.01, beta1, beta2, eps)},
 * {@code rmsprop(lr=0.001, rho=0.9, eps)}, {@code adagrad(lr=0.01, eps)}.
 */
public final class Optimizers {

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPS = 1e-8;

    public static final WordTable<OptimizerSpec> TABLE = new WordTable<OptimizerSpec>(
                    word -> Text.of("check.unknown.optimizer", word), Text.of("check.expected.optimizer"))
            .add(
                    "sgd",
                    args -> OptimizerSpec.sgd(args.number("lr"), args.number("momentum"), args.bool("nesterov")),
                    number("lr", 0.01, Range.learningRate()),
                    number("momentum", 0.0, Range.fraction()),
                    bool("nesterov", false))
            .add(
                    "adam",
                    args -> OptimizerSpec.adam(
                            args.number("lr"), args.number("beta1"), args.number("beta2"), args.number("eps")),
                    number("lr", 0.001, Range.learningRate()),
                    number("beta1", BETA1, Range.fraction()),
                    number("beta2", BETA2, Range.fraction()),
                    number("eps", EPS, Range.positive()))
            .add(
                    "adamw",
                    args -> new OptimizerSpec(
                            OptimizerKind.ADAMW,
                            args.number("lr"),
                            0,
                            false,
                            args.number("beta1"),
                            args.number("beta2"),
                            args.number("eps"),
                            0.9,
                            args.number("weight_decay")),
                    number("lr", 0.001, Range.learningRate()),
                    number("weight_decay", 0.01, Range.nonNegative()),
                    number("beta1", BETA1, Range.fraction()),
                    number("beta2", BETA2, Range.fraction()),
                    number("eps", EPS, Range.positive()))
            .add(
                    "rmsprop",
                    args -> new OptimizerSpec(
                            OptimizerKind.RMSPROP,
                            args.number("lr"),
                            0,
                            false,
                            BETA1,
                            BETA2,
                            args.number("eps"),
                            args.number("rho"),
                            0),
                    number("lr", 0.001, Range.learningRate()),
                    number("rho", 0.9, Range.fraction()),
                    number("eps", EPS, Range.positive()))
            .add(
                    "adagrad",
                    args -> new OptimizerSpec(
                            OptimizerKind.ADAGRAD,
                            args.number("lr"),
                            0,
                            false,
                            BETA1,
                            BETA2,
                            args.number("eps"),
                            0.9,
                            0),
                    number("lr", 0.01, Range.learningRate()),
                    number("eps", EPS, Range.positive()));

    private Optimizers() {}
}
