package dev.neurona.lang.check.words;

import dev.neurona.runtime.i18n.Text;
import dev.neurona.runtime.nn.conv.Padding;

/** How a convolution meets the border: {@code valid} (the default, as in Keras) or {@code same}. */
public final class Paddings {

    public static final WordTable<Padding> TABLE = new WordTable<Padding>(
                    word -> Text.of("check.unknown.padding", word), Text.of("check.expected.padding"))
            .add(Padding.VALID.keyword(), args -> Padding.VALID)
            .add(Padding.SAME.keyword(), args -> Padding.SAME);

    private Paddings() {}
}
