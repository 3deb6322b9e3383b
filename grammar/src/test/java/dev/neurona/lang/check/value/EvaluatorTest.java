package dev.neurona.lang.check.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.lang.ast.Expr;
import dev.neurona.lang.ast.SeedStmt;
import dev.neurona.lang.syntax.NnParser;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Arithmetic, percentages and parameters, as a check evaluates them. */
class EvaluatorTest {

    private final Problems problems = new Problems("t.nn");

    @Test
    void arithmeticOnNumbers() {
        assertEquals(1 / 255.0, number("1/255").value());
        assertEquals(128, number("2*64").value());
        assertEquals(14, number("2+3*4").value());
        assertEquals(-0.5, number("-(1 - 0.5)").value());
        assertTrue(number("2*64").isWhole());
        assertEquals("128", number("2*64").describe());
    }

    @Test
    void percentagesAreFractionsThatAddUpExactly() {
        Value.Num sum = number("70% + 20% + 10%");
        assertTrue(sum.percent());
        assertEquals(0, sum.exact().compareTo(BigDecimal.ONE));
        assertEquals("100%", sum.describe());
        assertEquals(0.8, number("80%").value());
        assertTrue(!number("80%").isWhole(), "a percentage is not a whole number");
    }

    @Test
    void onlyNumbersTakeArithmetic() {
        assertInstanceOf(Value.Bad.class, eval("relu * 2"));
        assertInstanceOf(Value.Bad.class, eval("1 / 0"));
        assertInstanceOf(Value.Bad.class, eval("-\"x\""));
        assertEquals(
                List.of(
                        "'*' works on numbers, but 'relu' is not a number",
                        "division by zero",
                        "'-' works on numbers, but \"x\" is not a number"),
                problems.diagnostics().stream().map(d -> d.message()).toList());
    }

    @Test
    void parametersStandForTheirValues() {
        Value argument = Evaluator.plain(problems).eval(expr("512"));
        Value fallback = Evaluator.plain(problems).eval(expr("relu"));
        Evaluator body = Evaluator.withParameters(problems, Map.of("hidden", argument), Map.of("act", fallback));

        Value hidden = body.eval(expr("hidden"));
        assertSame(argument, hidden, "an argument keeps the place it was written");
        Value act = body.eval(expr("act"));
        assertEquals("relu", ((Value.Word) act).text());
        assertEquals(1, act.span().line(), "a default takes the place of its use");
        assertEquals(1024, ((Value.Num) body.eval(expr("2*hidden"))).value());
        assertInstanceOf(Value.Word.class, body.eval(expr("other")));
    }

    private Value.Num number(String text) {
        return (Value.Num) eval(text);
    }

    private Value eval(String text) {
        return Evaluator.plain(problems).eval(expr(text));
    }

    private static Expr expr(String text) {
        return ((SeedStmt) new NnParser()
                        .parse("seed " + text, "t.nn")
                        .script()
                        .statements()
                        .get(0))
                .value();
    }
}
