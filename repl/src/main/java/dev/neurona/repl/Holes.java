package dev.neurona.repl;

import java.util.function.UnaryOperator;

/**
 * {@code ${java expression}} inside a {@code .nn} entry: the way a Java value flows into the
 * language. Before the entry is parsed, each hole is replaced by the value of its expression
 * written as a {@code .nn} literal ({@link NnLiteral}): {@code dense ${2 * width} relu},
 * {@code data d = csv(${path})}, {@code predict m ${row}}. Holes inside strings and comments
 * are left alone.
 */
public final class Holes {

    private Holes() {}

    /** Whether {@code entry} has a hole at all. */
    public static boolean any(String entry) {
        return Lexemes.ofNn(entry).stream().anyMatch(lexeme -> lexeme.kind() == Lexemes.Kind.HOLE);
    }

    /** Whether a hole is still open at the end of {@code entry}: more lines should follow. */
    public static boolean open(String entry) {
        return Lexemes.ofNn(entry).stream().anyMatch(lexeme -> lexeme.kind() == Lexemes.Kind.HOLE && !lexeme.closed());
    }

    /** {@code entry} with every hole replaced by {@code 0}: enough to parse it for its shape. */
    public static String withPlaceholders(String entry) {
        return fill(entry, expression -> "0");
    }

    /**
     * {@code entry} with every hole replaced by {@code literalOf(expression)}, left to right.
     *
     * @param literalOf the {@code .nn} text for the Java expression between {@code ${} and {@code }};
     *     may throw to stop the substitution
     */
    public static String fill(String entry, UnaryOperator<String> literalOf) {
        StringBuilder out = new StringBuilder(entry.length());
        int copied = 0;
        for (Lexemes.Lexeme lexeme : Lexemes.ofNn(entry)) {
            if (lexeme.kind() != Lexemes.Kind.HOLE) {
                continue;
            }
            int expressionEnd = lexeme.closed() ? lexeme.end() - 1 : lexeme.end();
            out.append(entry, copied, lexeme.start())
                    .append(literalOf.apply(
                            entry.substring(lexeme.start() + 2, expressionEnd).strip()));
            copied = lexeme.end();
        }
        return out.append(entry, copied, entry.length()).toString();
    }
}
