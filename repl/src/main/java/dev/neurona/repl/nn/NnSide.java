package dev.neurona.repl.nn;

import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.lang.ast.Statement;
import dev.neurona.lang.diag.Diagnostic;
import dev.neurona.lang.interp.Outcome;
import dev.neurona.lang.interp.RunObserver;
import dev.neurona.lang.interp.Session;
import dev.neurona.lang.syntax.NnParser;
import dev.neurona.runtime.Evaluation;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.data.StreamedDataset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@code .nn} half of the REPL: a {@link Session} (the same interpreter as {@code nn run}),
 * with a record of what ran so that {@code :save} can write it back and Java can see it.
 *
 * <p>Not thread-safe, except {@link #cancel()}.
 */
public final class NnSide implements AutoCloseable {

    /** A live object for Java, with the type of the variable that holds it. */
    public record JavaValue(Object value, String typeName) {}

    private final Session session;
    private final NnParser parser = new NnParser();
    private final StatementLog log = new StatementLog();
    private final Definitions definitions = new Definitions();

    public NnSide(Session session) {
        this.session = session;
    }

    /**
     * Checks and runs {@code source} in the session; diagnostics and output go to the session's streams.
     *
     * @param fileName the name diagnostics show
     */
    public Outcome run(String source, String fileName) {
        Outcome outcome = session.execute(source, fileName);
        if (outcome.status() == Outcome.Status.SCRIPT_ERROR) {
            return outcome; // nothing ran
        }
        SourceSpan failure = outcome.isOk() ? null : failurePoint(outcome.diagnostics());
        SourceSlices slices = new SourceSlices(source);
        for (Statement statement : parser.parse(source, fileName).script().statements()) {
            if (failure != null && !endsBefore(statement.span(), failure)) {
                break;
            }
            log.add(slices.text(statement.span()));
            definitions.record(statement, session);
        }
        return outcome;
    }

    /** Speaks {@code locale}'s language from the next entry on ({@code :lang}). */
    public void language(java.util.Locale locale) {
        session.language(locale);
    }

    /** The language the session speaks. */
    public java.util.Locale language() {
        return session.language();
    }

    /** Lets the watch page see what the session runs ({@link RunObserver#NONE} to stop). */
    public void observe(RunObserver observer) {
        session.observe(observer);
    }

    /** Asks running statements to stop; may be called from any thread (Ctrl-C). */
    public void cancel() {
        session.cancel();
    }

    /** The statements that ran, as a script that rebuilds this session. */
    public String script() {
        return log.script();
    }

    /** Whether any statement has run yet. */
    public boolean hasStatements() {
        return !log.isEmpty();
    }

    /** The data sets and models, in the order first defined. */
    public List<String> names() {
        return definitions.names(session);
    }

    /** The names parts of data sets go by: {@code digits.train}. */
    public List<String> partNames() {
        return names().stream()
                .flatMap(name -> definitions.parts(name).stream().map(part -> name + "." + part))
                .toList();
    }

    /** A one-line summary of a defined name, for {@code :list}. */
    public String summary(String name) {
        if (session.isModel(name)) {
            return Summaries.model(session.model(name), language());
        }
        if (session.isStreamed(name)) {
            StreamedDataset data = session.stream(name);
            return Summaries.data(
                    data.rows(),
                    data.width(),
                    data.task(),
                    data.classNames().size(),
                    definitions.parts(name).stream()
                            .map(part -> Map.entry(
                                    part, session.stream(name + "." + part).rows()))
                            .toList(),
                    language());
        }
        return Summaries.data(
                session.data(name),
                definitions.parts(name).stream()
                        .map(part ->
                                Map.entry(part, session.data(name + "." + part).rows()))
                        .toList(),
                language());
    }

    /**
     * What Java sees, by variable name: each model ({@code Model}), each data set ({@code Dataset},
     * or {@code StreamedDataset} when streamed)
     * and each of its parts ({@code digits_train}), and each model's last evaluation
     * ({@code mlp_eval}, an {@code Evaluation}).
     */
    public Map<String, JavaValue> javaValues() {
        Map<String, JavaValue> values = new LinkedHashMap<>();
        for (String name : names()) {
            if (session.isModel(name)) {
                Evaluation evaluation = definitions.evaluation(name);
                if (evaluation != null) {
                    values.put(name + "_eval", new JavaValue(evaluation, Evaluation.class.getName()));
                }
            } else {
                for (String part : definitions.parts(name)) {
                    values.put(name + "_" + part, dataValue(name + "." + part));
                }
            }
        }
        for (String name : names()) { // a name defined in the session wins over a derived one
            values.put(
                    name,
                    session.isModel(name)
                            ? new JavaValue(session.model(name), Model.class.getName())
                            : dataValue(name));
        }
        return values;
    }

    /** A data set as Java sees it: a {@code Dataset}, or a {@code StreamedDataset} to read batch by batch. */
    private JavaValue dataValue(String name) {
        return session.isStreamed(name)
                ? new JavaValue(session.stream(name), StreamedDataset.class.getName())
                : new JavaValue(session.data(name), Dataset.class.getName());
    }

    @Override
    public void close() {
        session.close();
    }

    /** Where the statement that failed or was interrupted is: the last error reported. */
    private static @Nullable SourceSpan failurePoint(List<Diagnostic> diagnostics) {
        for (int i = diagnostics.size() - 1; i >= 0; i--) {
            if (diagnostics.get(i).isError() && diagnostics.get(i).span() != null) {
                return diagnostics.get(i).span();
            }
        }
        return SourceSpan.point(1, 1);
    }

    private static boolean endsBefore(SourceSpan statement, SourceSpan point) {
        return statement.endLine() < point.line()
                || statement.endLine() == point.line() && statement.endColumn() <= point.column();
    }
}
