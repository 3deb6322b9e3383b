package dev.neurona.lang.syntax;

import static dev.neurona.lang.syntax.Parsing.expr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.lang.ast.AstPrinter;
import dev.neurona.lang.ast.BoolLit;
import dev.neurona.lang.ast.Call;
import dev.neurona.lang.ast.ListLit;
import dev.neurona.lang.ast.NameRef;
import dev.neurona.lang.ast.NumberLit;
import dev.neurona.lang.ast.SizeLit;
import dev.neurona.lang.ast.StringLit;
import dev.neurona.lang.ast.Unary;
import dev.neurona.lang.ast.UnaryOp;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Literals, names, calls and arithmetic as the lexical structure of the contract defines them. */
class ExpressionTest {

    @ParameterizedTest
    @CsvSource({
        "42, 42.0, true",
        "0.5, 0.5, false",
        ".5, 0.5, false",
        "1e-3, 0.001, false",
        "2.5E+2, 250.0, false",
        "7E2, 700.0, false",
    })
    void numbersKeepTheirTextAndValue(String text, double value, boolean integer) {
        NumberLit number = assertInstanceOf(NumberLit.class, expr(text));
        assertEquals(value, number.value());
        assertEquals(text, number.text());
        assertFalse(number.isPercent());
        assertEquals(integer, number.isIntegerLiteral());
    }

    @ParameterizedTest
    @CsvSource({"80%, 0.8", "12.5%, 0.125", "100%, 1.0", "0%, 0.0", ".5%, 0.005"})
    void percentagesAreFractions(String text, double value) {
        NumberLit percent = assertInstanceOf(NumberLit.class, expr(text));
        assertTrue(percent.isPercent());
        assertEquals(value, percent.value());
        assertEquals(text, percent.text());
        assertFalse(percent.isIntegerLiteral());
    }

    @Test
    void percentagesAddUpExactly() {
        BigDecimal sum = ((NumberLit) expr("70%"))
                .exactValue()
                .add(((NumberLit) expr("20%")).exactValue())
                .add(((NumberLit) expr("10%")).exactValue());
        assertEquals(0, sum.compareTo(BigDecimal.ONE));
        assertEquals(new BigDecimal("0.333"), ((NumberLit) expr("33.3%")).exactValue());
    }

    @Test
    void sizesKeepTheirFactors() {
        SizeLit image = assertInstanceOf(SizeLit.class, expr("28x28"));
        assertEquals(List.of(28, 28), image.factors());
        assertEquals(784, image.product());
        SizeLit cube = assertInstanceOf(SizeLit.class, expr("2x3x4"));
        assertEquals(List.of(2, 3, 4), cube.factors());
        assertEquals(24, cube.product());
        assertEquals("2x3x4", cube.text());
    }

    @Test
    void stringsAreUnescaped() {
        StringLit string = assertInstanceOf(StringLit.class, expr("\"say \\\"hi\\\"\\\\ \\n\\tend\""));
        assertEquals("say \"hi\"\\ \n\tend", string.value());
        assertEquals("", ((StringLit) expr("\"\"")).value());
        assertEquals("données ✓", ((StringLit) expr("\"données ✓\"")).value());
    }

    @Test
    void booleansListsAndNames() {
        assertTrue(assertInstanceOf(BoolLit.class, expr("true")).value());
        assertFalse(assertInstanceOf(BoolLit.class, expr("false")).value());

        ListLit nested = assertInstanceOf(ListLit.class, expr("[0.1, [1, 2], []]"));
        assertEquals(3, nested.elements().size());
        assertEquals(List.of(), ((ListLit) nested.elements().get(2)).elements());

        NameRef dotted = assertInstanceOf(NameRef.class, expr("fashion_mnist.test"));
        assertEquals(
                List.of("fashion_mnist", "test"),
                dotted.parts().stream().map(part -> part.name()).toList());
        assertEquals("fashion_mnist.test", dotted.text());
        assertEquals("données", ((NameRef) expr("données")).text());
    }

    @Test
    void callsHavePositionalThenNamedArguments() {
        Call call = assertInstanceOf(Call.class, expr("leaky_relu(0.1, alpha=0.2, beta=x)"));
        assertEquals("leaky_relu", call.callee().name());
        assertEquals(1, call.positional().size());
        assertEquals(
                List.of("alpha", "beta"),
                call.named().stream().map(arg -> arg.name().name()).toList());
        assertEquals("x", ((NameRef) call.named("beta").orElseThrow().value()).text());
        assertTrue(call.named("gamma").isEmpty());

        Call empty = assertInstanceOf(Call.class, expr("adam()"));
        assertTrue(empty.positional().isEmpty() && empty.named().isEmpty());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1 + 2 * 3     | (1 + (2 * 3))",
                "(1 + 2) * 3   | ((1 + 2) * 3)",
                "1 - 2 - 3     | ((1 - 2) - 3)",
                "8 / 2 / 2     | ((8 / 2) / 2)",
                "-2 * 3        | ((-2) * 3)",
                "-(2 + 3)      | (-(2 + 3))",
                "1 - -2        | (1 - (-2))",
                "2*64          | (2 * 64)",
                "1/255         | (1 / 255)",
                "hidden * 2    | (hidden * 2)",
                "((4))         | 4",
            })
    void arithmeticHasTheUsualPrecedence(String text, String tree) {
        assertEquals(tree, AstPrinter.print(expr(text)));
    }

    @Test
    void unaryMinusIsNotFoldedIntoTheNumber() {
        Unary negative = assertInstanceOf(Unary.class, expr("-3"));
        assertEquals(UnaryOp.NEGATE, negative.op());
        assertEquals(3.0, ((NumberLit) negative.operand()).value());
    }
}
