package dev.neurona.lang.ast;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a block: a layer in a model ({@code dense 64 relu init=he}) or an option elsewhere
 * ({@code epochs 10}, {@code split train 90%, valid 10%}, {@code validate on digits.valid}).
 *
 * <p>The parser accepts any name with any items; the checker decides what they mean. A
 * parenthesized list right after the name is the same as writing its items without parentheses:
 * {@code early_stop(patience=3)} reads as {@code early_stop patience=3}, one clause.
 *
 * @param clauses the comma-separated parts after the name; empty for a bare name ({@code shuffle})
 */
public record Entry(SourceSpan span, Identifier name, List<Clause> clauses) implements Node {

    public Entry {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(name, "name");
        clauses = List.copyOf(clauses);
    }

    /** All items of all clauses, in order. */
    public List<Arg> args() {
        List<Arg> args = new ArrayList<>();
        for (Clause clause : clauses) {
            args.addAll(clause.args());
        }
        return args;
    }

    /** The values of the plain items of all clauses, in order. */
    public List<Expr> positional() {
        List<Expr> values = new ArrayList<>();
        for (Arg arg : args()) {
            if (arg instanceof PositionalArg positional) {
                values.add(positional.value());
            }
        }
        return values;
    }

    /** The first {@code name=value} item with this name, if any. */
    public Optional<NamedArg> named(String name) {
        for (Arg arg : args()) {
            if (arg instanceof NamedArg named && named.name().name().equals(name)) {
                return Optional.of(named);
            }
        }
        return Optional.empty();
    }
}
