package dev.neurona.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NnLiteralTest {

    @Test
    void numbersKeepTheirShortestForm() {
        assertEquals(Optional.of("128"), NnLiteral.of(128));
        assertEquals(Optional.of("-3"), NnLiteral.of(-3L));
        assertEquals(Optional.of("0.001"), NnLiteral.of(0.001));
        assertEquals(Optional.of("0.001"), NnLiteral.of(0.001f));
        assertEquals(Optional.of("1.0E-4"), NnLiteral.of(1e-4));
        assertEquals(Optional.of("0.10"), NnLiteral.of(new BigDecimal("0.10")));
    }

    @Test
    void notANumberHasNoLiteral() {
        assertEquals(Optional.empty(), NnLiteral.of(Double.NaN));
        assertEquals(Optional.empty(), NnLiteral.of(Float.POSITIVE_INFINITY));
    }

    @Test
    void textIsQuotedWithTheLanguagesEscapes() {
        assertEquals(Optional.of("\"data/iris.csv\""), NnLiteral.of("data/iris.csv"));
        assertEquals(Optional.of("\"say \\\"hi\\\"\\n\\tC:\\\\x\""), NnLiteral.of("say \"hi\"\n\tC:\\x"));
        assertEquals(Optional.of("\"y\""), NnLiteral.of('y'));
    }

    @Test
    void booleansAndListsOfNumbers() {
        assertEquals(Optional.of("true"), NnLiteral.of(true));
        assertEquals(Optional.of("[5.1, 3.5, 1.4]"), NnLiteral.of(new double[] {5.1, 3.5, 1.4}));
        assertEquals(Optional.of("[32, 64]"), NnLiteral.of(List.of(32, 64)));
        assertEquals(Optional.of("[]"), NnLiteral.of(new int[0]));
    }

    @Test
    void otherValuesHaveNoLiteral() {
        assertEquals(Optional.empty(), NnLiteral.of(null));
        assertEquals(Optional.empty(), NnLiteral.of(new Object()));
        assertEquals(Optional.empty(), NnLiteral.of(List.of("a", "b")));
        assertEquals(Optional.empty(), NnLiteral.of(new double[] {1, Double.NaN}));
    }
}
