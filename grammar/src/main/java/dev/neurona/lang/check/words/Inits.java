package dev.neurona.lang.check.words;

import static dev.neurona.lang.check.value.Signature.number;

import dev.neurona.lang.check.value.Range;
import dev.neurona.runtime.i18n.Text;
import dev.neurona.runtime.spec.InitSpec;

/**
 * Weight initialisations of a dense layer: {@code he}, {@code xavier}, {@code normal(std=0.05)},
 * {@code uniform(limit=0.05)}, {@code zeros}. Without {@code init=}, the layer takes He for the
 * ReLU family and Xavier otherwise.
 */
public final class Inits {

    public static final WordTable<InitSpec> TABLE = new WordTable<InitSpec>(
                    word -> Text.of("check.unknown.init", word), Text.of("check.expected.init"))
            .add("he", args -> InitSpec.HE)
            .add("xavier", args -> InitSpec.XAVIER)
            .add("normal", args -> InitSpec.normal(args.number("std")), number("std", 0.05, Range.positive()))
            .add("uniform", args -> InitSpec.uniform(args.number("limit")), number("limit", 0.05, Range.positive()))
            .add("zeros", args -> InitSpec.ZEROS);

    private Inits() {}
}
