package dev.neurona.repl.nn;

import dev.neurona.lang.ast.Clause;
import dev.neurona.lang.ast.DataStmt;
import dev.neurona.lang.ast.Entry;
import dev.neurona.lang.ast.EvaluateStmt;
import dev.neurona.lang.ast.LoadStmt;
import dev.neurona.lang.ast.ModelFromTemplateStmt;
import dev.neurona.lang.ast.ModelStmt;
import dev.neurona.lang.ast.NameRef;
import dev.neurona.lang.ast.PositionalArg;
import dev.neurona.lang.ast.Statement;
import dev.neurona.lang.ast.SweepStmt;
import dev.neurona.lang.interp.Session;
import dev.neurona.runtime.Evaluation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the statements that ran have defined, as the REPL shows it: the names in the order first
 * defined, the parts of each data set, and the last evaluation of each model.
 */
final class Definitions {

    private final Set<String> order = new LinkedHashSet<>();
    private final Map<String, List<String>> parts = new LinkedHashMap<>();
    private final Map<String, Evaluation> evaluations = new LinkedHashMap<>();

    /** Takes note of one statement that ran in {@code session}. */
    void record(Statement statement, Session session) {
        if (statement instanceof DataStmt data) {
            String name = data.name().name();
            order.add(name);
            parts.put(name, existingParts(name, candidateParts(data), session));
        } else if (statement instanceof ModelStmt model) {
            defined(model.name().name());
        } else if (statement instanceof ModelFromTemplateStmt model) {
            defined(model.name().name());
        } else if (statement instanceof LoadStmt load) {
            defined(load.name().name());
        } else if (statement instanceof SweepStmt sweep) {
            defined(sweep.name().name());
        } else if (statement instanceof EvaluateStmt evaluate) {
            String model = evaluate.model().name();
            String data = evaluate.data().text();
            evaluations.put(
                    model,
                    session.isStreamed(data)
                            ? session.model(model).evaluate(session.stream(data))
                            : session.model(model).evaluate(session.data(data)));
        }
    }

    private void defined(String name) {
        order.add(name);
        parts.remove(name);
        evaluations.remove(name);
    }

    /** The names {@code session} holds, in the order first defined. */
    List<String> names(Session session) {
        Set<String> live = session.names();
        return order.stream().filter(live::contains).toList();
    }

    /** The parts of the data set {@code name} ({@code train}, {@code test}, ...), in the order of its split. */
    List<String> parts(String name) {
        return parts.getOrDefault(name, List.of());
    }

    /** The evaluation that {@code evaluate MODEL on ...} last computed for {@code model}, or null. */
    @Nullable
    Evaluation evaluation(String model) {
        return evaluations.get(model);
    }

    /** The parts a data statement's own {@code split} names, then those of the data set it derives from. */
    private List<String> candidateParts(DataStmt data) {
        List<String> names = new ArrayList<>();
        data.options().ifPresent(block -> {
            for (Entry entry : block.entries()) {
                if (entry.name().name().equals("split")) {
                    for (Clause clause : entry.clauses()) {
                        if (clause.args().get(0) instanceof PositionalArg first
                                && first.value() instanceof NameRef part) {
                            names.add(part.text());
                        }
                    }
                }
            }
        });
        if (data.source() instanceof NameRef source) {
            names.addAll(parts(source.text()));
        }
        return names;
    }

    private static List<String> existingParts(String name, List<String> candidates, Session session) {
        List<String> existing = new ArrayList<>();
        for (String part : new LinkedHashSet<>(candidates)) {
            try {
                if (session.isStreamed(name)) session.stream(name + "." + part);
                else session.data(name + "." + part);
                existing.add(part);
            } catch (RuntimeException absent) { // NoSuchElementException, or the runtime's DataException
                // not a part of this data set
            }
        }
        return existing;
    }
}
