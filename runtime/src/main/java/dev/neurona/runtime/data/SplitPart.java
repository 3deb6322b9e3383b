package dev.neurona.runtime.data;

import dev.neurona.runtime.i18n.Text;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * One named part of a split: {@code train 80%} is {@code new SplitPart("train", 0.8)}.
 *
 * @param name     the part's name, used as {@code data.name}
 * @param fraction the share of the rows, in (0, 1]
 */
public record SplitPart(String name, double fraction) {

    public SplitPart {
        if (name == null || name.isBlank()) {
            throw new DataException(Text.of("split.part_unnamed"));
        }
        if (!(fraction > 0 && fraction <= 1)) {
            throw new DataException(Text.of("split.bad_share", name, percent(fraction)));
        }
    }

    /** The share as the language writes it: {@code 80%}. */
    public String percent() {
        return percent(fraction);
    }

    /** A fraction as a percentage with no needless digits: 0.125 is {@code 12.5%}. */
    static String percent(double fraction) {
        if (!Double.isFinite(fraction)) {
            return fraction + "";
        }
        return new BigDecimal(fraction * 100)
                        .round(new MathContext(8))
                        .stripTrailingZeros()
                        .toPlainString() + "%";
    }
}
