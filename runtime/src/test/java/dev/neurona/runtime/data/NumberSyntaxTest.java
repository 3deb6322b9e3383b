package dev.neurona.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The scan agrees with the contract's regular expression, and its values with Double.parseDouble, bit for bit. */
class NumberSyntaxTest {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final String PIECES = "0123456789+-.eE x";

    private static void check(String text) {
        char[] chars = text.toCharArray();
        int kind = NumberSyntax.kind(chars, 0, chars.length);
        boolean number = NUMBER.matcher(text).matches();
        assertEquals(number, kind != NumberSyntax.TEXT, text);
        assertEquals(INTEGER.matcher(text).matches(), kind == NumberSyntax.INTEGER, text);
        double value = NumberSyntax.value(chars, 0, chars.length);
        if (number) {
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)), Double.doubleToRawLongBits(value), text);
        } else {
            assertEquals(Double.NaN, value, text);
        }
    }

    @Test
    void agreesWithTheRegexAndParseDoubleOnRandomText() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(12);
            for (int k = 0; k < length; k++) text.append(PIECES.charAt(random.nextInt(PIECES.length())));
            check(text.toString());
        }
    }

    @Test
    void agreesWithParseDoubleOnPrintedNumbers() {
        SplittableRandom random = new SplittableRandom(8);
        for (int i = 0; i < 200_000; i++) {
            double value = Double.longBitsToDouble(random.nextLong());
            if (!Double.isFinite(value)) continue;
            check(Double.toString(value));
            check(Float.toString((float) value));
            check(String.format("%.7g", random.nextGaussian() * Math.pow(10, random.nextInt(-30, 30))));
            check(Long.toString(random.nextLong()) + "." + random.nextInt(1_000_000));
        }
        for (String text : new String[] {
            "-0",
            "+0.0",
            "007",
            "9007199254740993",
            "1e22",
            "1e23",
            "123456789012345678901234567890",
            "4.9e-324",
            "2.4703282292062328e-324",
            "1.7976931348623157e308",
            "1e309",
            ".5",
            "5.",
            "+.5e-3"
        }) {
            check(text);
        }
    }
}
