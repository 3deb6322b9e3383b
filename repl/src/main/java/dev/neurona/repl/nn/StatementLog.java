package dev.neurona.repl.nn;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code .nn} statements that ran to the end in a session, as written (after {@code ${...}}
 * substitution), in order: run again in a fresh session they rebuild it, figures included,
 * since one seed stream drives every random choice.
 */
final class StatementLog {

    private final List<String> statements = new ArrayList<>();

    void add(String statement) {
        statements.add(statement.strip());
    }

    /** The statements as one script, each on its own line(s), ending in a newline. */
    String script() {
        StringBuilder script = new StringBuilder();
        for (String statement : statements) {
            script.append(statement).append('\n');
        }
        return script.toString();
    }

    boolean isEmpty() {
        return statements.isEmpty();
    }
}
