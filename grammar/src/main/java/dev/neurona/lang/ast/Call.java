package dev.neurona.lang.ast;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A call such as {@code adam(lr=0.001)}, {@code leaky_relu(0.1)} or {@code csv("iris.csv")}.
 * The parser guarantees that positional arguments came first and that no name is given twice.
 */
public record Call(SourceSpan span, Identifier callee, List<Expr> positional, List<NamedArg> named) implements Expr {

    public Call {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(callee, "callee");
        positional = List.copyOf(positional);
        named = List.copyOf(named);
    }

    /** The named argument called {@code name}, if given. */
    public Optional<NamedArg> named(String name) {
        return named.stream().filter(arg -> arg.name().name().equals(name)).findFirst();
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitCall(this);
    }
}
