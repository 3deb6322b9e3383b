package dev.neurona.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HolesTest {

    @Test
    void eachHoleIsReplacedByWhatItsExpressionGives() {
        List<String> asked = new ArrayList<>();
        String filled = Holes.fill("model m { input 4; dense ${2 * w} relu; dropout ${rate} }", expression -> {
            asked.add(expression);
            return expression.equals("rate") ? "0.25" : "16";
        });
        assertEquals("model m { input 4; dense 16 relu; dropout 0.25 }", filled);
        assertEquals(List.of("2 * w", "rate"), asked);
    }

    @Test
    void javaBracesAndStringsInsideAHoleBelongToIt() {
        String filled =
                Holes.fill("predict m ${new double[]{1, 2}} # ${not this}", expression -> "[" + expression + "]");
        assertEquals("predict m [new double[]{1, 2}] # ${not this}", filled);
        assertEquals(
                "print \"${kept}\" ${\"}\".length()}x",
                Holes.fill(
                        "print \"${kept}\" ${\"}\".length()}x",
                        expression -> expression.equals("\"}\".length()") ? "${\"}\".length()}" : "?"));
    }

    @Test
    void holesInStringsAndCommentsAreLeftAlone() {
        String entry = "print \"${x}\" // ${y}\n/* ${z} */";
        assertFalse(Holes.any(entry));
        assertEquals(entry, Holes.fill(entry, expression -> "changed"));
    }

    @Test
    void anUnclosedHoleAsksForMoreLines() {
        assertTrue(Holes.open("dense ${values.stream()"));
        assertFalse(Holes.open("dense ${values.size()}"));
        assertEquals("model m { dense 0 relu }", Holes.withPlaceholders("model m { dense ${w} relu }"));
    }
}
