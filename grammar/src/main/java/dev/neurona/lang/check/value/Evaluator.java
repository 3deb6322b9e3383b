package dev.neurona.lang.check.value;

import dev.neurona.lang.ast.Binary;
import dev.neurona.lang.ast.BinaryOp;
import dev.neurona.lang.ast.BoolLit;
import dev.neurona.lang.ast.Call;
import dev.neurona.lang.ast.Expr;
import dev.neurona.lang.ast.ExprVisitor;
import dev.neurona.lang.ast.Identifier;
import dev.neurona.lang.ast.ListLit;
import dev.neurona.lang.ast.NameRef;
import dev.neurona.lang.ast.NamedArg;
import dev.neurona.lang.ast.NumberLit;
import dev.neurona.lang.ast.SizeLit;
import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.lang.ast.StringLit;
import dev.neurona.lang.ast.Unary;
import dev.neurona.runtime.i18n.Text;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates expressions: arithmetic on numbers ({@code 1/255}, {@code 2*64}), and a template's
 * parameters replaced by their values. Anything else (names, calls, lists) stays symbolic for
 * the checks to read. An error is reported once and yields {@link Value.Bad}.
 *
 * <p>A parameter's value keeps the place it was written when it was given as an argument of a
 * template instance, so an error about it points there; a default value takes the place where
 * the parameter is used instead.
 */
public final class Evaluator implements ExprVisitor<Value> {

    private final Problems problems;
    private final Map<String, Value> arguments;
    private final Map<String, Value> defaults;

    private Evaluator(Problems problems, Map<String, Value> arguments, Map<String, Value> defaults) {
        this.problems = problems;
        this.arguments = Map.copyOf(arguments);
        this.defaults = Map.copyOf(defaults);
    }

    /** An evaluator without parameters. */
    public static Evaluator plain(Problems problems) {
        return new Evaluator(problems, Map.of(), Map.of());
    }

    /**
     * An evaluator inside a template's body.
     *
     * @param arguments values given by an instance, by parameter name
     * @param defaults  the other parameters' default values
     */
    public static Evaluator withParameters(
            Problems problems, Map<String, Value> arguments, Map<String, Value> defaults) {
        return new Evaluator(problems, arguments, defaults);
    }

    public Problems problems() {
        return problems;
    }

    public Value eval(Expr expr) {
        return expr.accept(this);
    }

    @Override
    public Value visitNumber(NumberLit number) {
        return new Value.Num(number.value(), number.isPercent(), number.exactValue(), number.text(), number.span());
    }

    @Override
    public Value visitSize(SizeLit size) {
        return new Value.Size(size.factors(), size.text(), size.span());
    }

    @Override
    public Value visitString(StringLit string) {
        return new Value.Text(string.value(), string.span());
    }

    @Override
    public Value visitBool(BoolLit bool) {
        return new Value.Bool(bool.value(), bool.span());
    }

    @Override
    public Value visitList(ListLit list) {
        List<Value> elements = new ArrayList<>();
        for (Expr element : list.elements()) {
            elements.add(eval(element));
        }
        return new Value.ListValue(elements, list.span());
    }

    @Override
    public Value visitName(NameRef name) {
        if (!name.isDotted()) {
            Value argument = arguments.get(name.head().name());
            if (argument != null) {
                return argument;
            }
            Value fallback = defaults.get(name.head().name());
            if (fallback != null) {
                return at(fallback, name.span());
            }
        }
        return new Value.Word(name, name.span());
    }

    @Override
    public Value visitCall(Call call) {
        List<Value> positional = new ArrayList<>();
        for (Expr arg : call.positional()) {
            positional.add(eval(arg));
        }
        List<Value.Named> named = new ArrayList<>();
        for (NamedArg arg : call.named()) {
            named.add(new Value.Named(arg.name(), eval(arg.value())));
        }
        return new Value.Invocation(call.callee(), positional, named, call.span());
    }

    @Override
    public Value visitUnary(Unary unary) {
        Value operand = eval(unary.operand());
        if (operand instanceof Value.Bad) {
            return operand;
        }
        if (!(operand instanceof Value.Num num)) {
            problems.error(operand.span(), Text.of("check.not_a_number", "-", operand.describe()));
            return new Value.Bad(unary.span());
        }
        BigDecimal exact = num.exact() == null ? null : num.exact().negate();
        String text = num.percent() && exact != null ? Numbers.percent(exact) : Numbers.format(-num.value());
        return new Value.Num(-num.value(), num.percent(), exact, text, unary.span());
    }

    @Override
    public Value visitBinary(Binary binary) {
        Value left = eval(binary.left());
        Value right = eval(binary.right());
        if (left instanceof Value.Bad || right instanceof Value.Bad) {
            return new Value.Bad(binary.span());
        }
        for (Value side : List.of(left, right)) {
            if (!(side instanceof Value.Num)) {
                problems.error(
                        side.span(), Text.of("check.not_a_number", binary.op().symbol(), side.describe()));
                return new Value.Bad(binary.span());
            }
        }
        Value.Num a = (Value.Num) left;
        Value.Num b = (Value.Num) right;
        if (binary.op() == BinaryOp.DIVIDE && b.value() == 0) {
            problems.error(b.span(), Text.of("check.division_by_zero"));
            return new Value.Bad(binary.span());
        }
        double value =
                switch (binary.op()) {
                    case ADD -> a.value() + b.value();
                    case SUBTRACT -> a.value() - b.value();
                    case MULTIPLY -> a.value() * b.value();
                    case DIVIDE -> a.value() / b.value();
                };
        boolean percent =
                a.percent() && b.percent() && (binary.op() == BinaryOp.ADD || binary.op() == BinaryOp.SUBTRACT);
        BigDecimal exact = exact(binary.op(), a.exact(), b.exact());
        String text = percent && exact != null ? Numbers.percent(exact) : Numbers.format(value);
        return new Value.Num(value, percent, exact, text, binary.span());
    }

    private static @Nullable BigDecimal exact(BinaryOp op, @Nullable BigDecimal a, @Nullable BigDecimal b) {
        if (a == null || b == null) {
            return null;
        }
        return switch (op) {
            case ADD -> a.add(b);
            case SUBTRACT -> a.subtract(b);
            case MULTIPLY -> a.multiply(b);
            case DIVIDE -> a.divide(b, MathContext.DECIMAL64);
        };
    }

    /** The same value, shown as written at {@code span}. */
    private static Value at(Value value, SourceSpan span) {
        if (value instanceof Value.Num n) {
            return new Value.Num(n.value(), n.percent(), n.exact(), n.text(), span);
        } else if (value instanceof Value.Size s) {
            return new Value.Size(s.factors(), s.text(), span);
        } else if (value instanceof Value.Text t) {
            return new Value.Text(t.value(), span);
        } else if (value instanceof Value.Bool b) {
            return new Value.Bool(b.value(), span);
        } else if (value instanceof Value.Word w) {
            return new Value.Word(w.name(), span);
        } else if (value instanceof Value.Invocation i) {
            return new Value.Invocation(new Identifier(span, i.callee().name()), i.positional(), i.named(), span);
        } else if (value instanceof Value.ListValue l) {
            return new Value.ListValue(l.elements(), span);
        }
        return new Value.Bad(span);
    }
}
