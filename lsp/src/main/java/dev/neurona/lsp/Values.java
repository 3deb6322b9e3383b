package dev.neurona.lsp;

import dev.neurona.lang.syntax.Lexemes.Kind;
import dev.neurona.lang.syntax.Lexemes.Lexeme;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads what has been written of a block line after its name: its plain values and its {@code name=} options. */
final class Values {

    private Values() {}

    /**
     * The plain values: {@code 16 relu} is two, {@code 2*64} one, {@code leaky_relu(0.1)} one;
     * {@code init=he} is none.
     */
    static int count(List<Lexeme> written) {
        int count = 0;
        Lexeme previous = null;
        for (int i = 0; i < written.size(); i++) {
            Lexeme lexeme = written.get(i);
            boolean named = i + 1 < written.size() && written.get(i + 1).is(Kind.SYMBOL, "=");
            if (named) {
                i += 2; // name = value
                previous = null;
                continue;
            }
            boolean operand = lexeme.kind() == Kind.WORD
                    || lexeme.kind() == Kind.NUMBER
                    || lexeme.kind() == Kind.STRING
                    || lexeme.kind() == Kind.RESERVED;
            boolean joined = previous != null && previous.kind() == Kind.SYMBOL && "+-*/".contains(previous.text());
            if (operand && !joined) {
                count++;
            }
            previous = lexeme;
        }
        return count;
    }

    /** The names of the {@code name=value} options written. */
    static Set<String> optionNames(List<Lexeme> written) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i + 1 < written.size(); i++) {
            if (written.get(i + 1).is(Kind.SYMBOL, "=")) {
                names.add(written.get(i).text());
            }
        }
        return names;
    }
}
