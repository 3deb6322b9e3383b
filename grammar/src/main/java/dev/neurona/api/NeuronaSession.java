package dev.neurona.api;

import dev.neurona.lang.diag.Diagnostic;
import dev.neurona.lang.interp.Outcome;
import dev.neurona.lang.interp.Session;
import dev.neurona.runtime.Evaluation;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.data.Dataset;
import java.util.List;
import java.util.Set;

/**
 * {@code .nn} text run a piece at a time, keeping data sets and models by name between calls,
 * silently (made by {@link Neurona#session()}). The same text and seed give bit-identical models.
 * Not thread-safe, except {@link #cancel()}, which may be called from any thread.
 */
public final class NeuronaSession implements AutoCloseable {
    private final Session session;

    NeuronaSession(Session session) {
        this.session = session;
    }

    /**
     * Checks {@code text} against what the session holds and, when nothing is wrong, runs it.
     *
     * @return the warnings, if any
     * @throws ScriptException when the text is wrong (nothing ran), a statement failed (the ones
     *     before it did run), or {@link #cancel()} stopped it
     */
    public List<Diagnostic> run(String text) {
        Outcome outcome = session.execute(text);
        if (!outcome.isOk()) throw new ScriptException(outcome.diagnostics());
        return outcome.diagnostics();
    }

    /** The diagnostics of {@code text} checked against what the session holds; runs nothing. */
    public List<Diagnostic> check(String text) {
        return session.check(text, Session.INPUT).diagnostics();
    }

    /**
     * The model {@code name}, live: training it from Java shows in later statements.
     *
     * @throws java.util.NoSuchElementException when no model has that name
     */
    public Model model(String name) {
        return session.model(name);
    }

    /**
     * The data set {@code name}, or its part {@code name.part}, as prepared.
     *
     * @throws java.util.NoSuchElementException when there is no such data set or part
     */
    public Dataset data(String name) {
        return session.data(name);
    }

    /** The model {@code model} evaluated on the data set (or part) {@code data}. */
    public Evaluation evaluate(String model, String data) {
        return model(model).evaluate(data(data));
    }

    /** The names defined so far (data sets and models), in the order first defined. */
    public Set<String> names() {
        return session.names();
    }

    /** Asks running text to stop after the current batch; {@link #run} then throws. */
    public void cancel() {
        session.cancel();
    }

    @Override
    public void close() {
        session.close();
    }
}
