package dev.neurona.lang.check.words;

import static dev.neurona.lang.check.value.Signature.number;

import dev.neurona.lang.check.value.Range;
import dev.neurona.runtime.i18n.Text;
import dev.neurona.runtime.spec.LossSpec;

/** {@code mse}, {@code mae}, {@code huber(delta=1)}, {@code cross_entropy}, {@code binary_cross_entropy}. */
public final class Losses {

    public static final WordTable<LossSpec> TABLE = new WordTable<LossSpec>(
                    word -> Text.of("check.unknown.loss", word), Text.of("check.expected.loss"))
            .add("mse", args -> LossSpec.MSE)
            .add("mae", args -> LossSpec.MAE)
            .add("huber", args -> LossSpec.huber(args.number("delta")), number("delta", 1.0, Range.positive()))
            .add("cross_entropy", args -> LossSpec.CROSS_ENTROPY)
            .add("binary_cross_entropy", args -> LossSpec.BINARY_CROSS_ENTROPY);

    private Losses() {}
}
