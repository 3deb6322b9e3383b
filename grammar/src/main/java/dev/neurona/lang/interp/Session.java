package dev.neurona.lang.interp;

import dev.neurona.lang.RunOptions;
import dev.neurona.lang.check.CheckResult;
import dev.neurona.lang.check.Checker;
import dev.neurona.lang.check.UnparsedDefinitions;
import dev.neurona.lang.check.facts.CheckedLoads;
import dev.neurona.lang.check.facts.ScriptPaths;
import dev.neurona.lang.diag.Diagnostic;
import dev.neurona.lang.diag.DiagnosticRenderer;
import dev.neurona.lang.diag.Severity;
import dev.neurona.lang.plan.Plan;
import dev.neurona.lang.syntax.NnParser;
import dev.neurona.lang.syntax.ParseResult;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.NeuronaException;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.data.StreamedDataset;
import dev.neurona.runtime.i18n.Messages;
import dev.neurona.runtime.i18n.Text;
import dev.neurona.runtime.linalg.ComputePool;
import dev.neurona.runtime.train.TrainingEngine;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * Runs {@code .nn} text, a whole script or one REPL entry at a time, keeping its data sets and
 * models by name between calls:
 *
 * <pre>{@code
 * try (Session session = Session.forRepl(RunOptions.standard(), Path.of(""))) {
 *     session.execute("data iris = csv(\"iris.csv\") { split train 80%, test 20% }");
 *     session.execute("model m { input iris; dense 3 softmax }");
 *     session.execute("train m on iris.train { epochs 20 }");
 *     Model m = session.model("m");
 * }
 * }</pre>
 *
 * Each call parses and checks all its text against what the session already holds, and runs
 * nothing when anything is wrong; then runs it statement by statement. Diagnostics and failures
 * are printed to the settings' error stream in the language's format
 * ({@code file:line:col: error: message}, the line, a caret), never as a stack trace. One seed
 * stream drives every random choice, so the same text and seed give bit-identical results.
 *
 * <p>Not thread-safe, except {@link #cancel()}, which may be called from any thread.
 */
public final class Session implements AutoCloseable {

    /** The file name diagnostics show for text given without one. */
    public static final String INPUT = "<input>";

    private final SessionSettings settings;
    private final NnParser parser = new NnParser();
    private final Workspace workspace = new Workspace();
    private final SeedStream seeds;
    private final ComputePool pool;
    private final boolean ownsPool;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final TrainingEngine engine;
    private final TableSource tables;
    private volatile RunObserver observer = RunObserver.NONE;
    private volatile Messages messages;

    /** A session that trains and reads data in this process. */
    public Session(SessionSettings settings) {
        this(settings, TrainingEngine.LOCAL, TableSource.LOCAL);
    }

    /**
     * A session whose {@code train}, {@code evaluate} and {@code predict} statements run on
     * {@code engine} and whose {@code csv(...)} and {@code parquet(...)} sources are read by
     * {@code tables}, such as a Spark cluster's.
     */
    public Session(SessionSettings settings, TrainingEngine engine, TableSource tables) {
        this.settings = settings;
        this.engine = engine;
        this.tables = tables;
        this.seeds = new SeedStream(settings.seedOverride());
        this.ownsPool = settings.threads() > 0;
        this.pool = ownsPool ? new ComputePool(settings.threads()) : ComputePool.shared();
        this.messages = Messages.of(settings.locale());
    }

    /** A session for one script file; paths in it are relative to {@code scriptDirectory}. */
    public static Session forScript(RunOptions options, Path scriptDirectory) {
        return new Session(SessionSettings.of(options, scriptDirectory, false));
    }

    /** A session for the REPL; paths are relative to {@code workingDirectory}; redefining is normal. */
    public static Session forRepl(RunOptions options, Path workingDirectory) {
        return new Session(SessionSettings.of(options, workingDirectory, true));
    }

    /** As {@link #execute(String, String)}, with diagnostics naming {@value #INPUT}. */
    public Outcome execute(String source) {
        return execute(source, INPUT);
    }

    /**
     * Parses and checks {@code source}, then, when nothing is wrong, runs it.
     *
     * @param fileName the name diagnostics show, such as {@code digits.nn}
     * @return {@code OK}; {@code SCRIPT_ERROR} when nothing ran; {@code FAILED} when a statement
     *     failed while running (the ones before it did run); {@code INTERRUPTED} after
     *     {@link #cancel()}
     */
    public Outcome execute(String source, String fileName) {
        return execute(source, fileName, null);
    }

    /**
     * As {@link #execute(String, String)}, for the text of the script file {@code script}, which
     * diagnostics name as given and which no statement of it may write over.
     */
    public Outcome execute(String source, Path script) {
        return execute(source, script.toString(), script);
    }

    private Outcome execute(String source, String fileName, @Nullable Path script) {
        try {
            Compiled compiled = compile(source, fileName, script);
            if (compiled.hasErrors()) {
                return new Outcome(Outcome.Status.SCRIPT_ERROR, compiled.diagnostics);
            }
            return run(compiled, source, fileName);
        } finally {
            cancelled.set(false);
        }
    }

    /** Parses and checks {@code source} against what the session holds; runs nothing. */
    public Outcome check(String source, String fileName) {
        return check(source, fileName, null);
    }

    /** As {@link #check(String, String)}, for the text of the script file {@code script}. */
    public Outcome check(String source, Path script) {
        return check(source, script.toString(), script);
    }

    private Outcome check(String source, String fileName, @Nullable Path script) {
        Compiled compiled = compile(source, fileName, script);
        return new Outcome(
                compiled.hasErrors() ? Outcome.Status.SCRIPT_ERROR : Outcome.Status.OK, compiled.diagnostics);
    }

    /**
     * Asks the running text to stop: training stops after its current batch, keeping a usable
     * model, and no further statement runs; {@link #execute} then returns {@code INTERRUPTED}.
     */
    public void cancel() {
        cancelled.set(true);
    }

    /**
     * Lets {@code observer} see what this session runs from now on (the watch page does);
     * {@link RunObserver#NONE} to stop. May be called from any thread; a statement already
     * running keeps the observer it started with.
     */
    public void observe(RunObserver observer) {
        this.observer = java.util.Objects.requireNonNull(observer, "observer");
    }

    /**
     * Speaks {@code locale}'s language (English or Spanish, {@link dev.neurona.runtime.i18n.Language#nearest})
     * from the next statement on, as the REPL's {@code :lang} does.
     */
    public void language(java.util.Locale locale) {
        this.messages = Messages.of(locale);
    }

    /** The language this session speaks: English or Spanish. */
    public java.util.Locale language() {
        return messages.locale();
    }

    /**
     * The model named {@code name}, live: training it from Java shows in later statements.
     *
     * @throws NoSuchElementException when no model has that name
     */
    public Model model(String name) {
        return workspace.model(name);
    }

    /**
     * The data set {@code name}, or its part {@code name.part}, as prepared.
     *
     * @throws NoSuchElementException when there is no such data set or part
     */
    public Dataset data(String name) {
        return workspace.dataset(name);
    }

    /** Whether the data set {@code name} (or the data set of part {@code name}) is streamed ({@code stream}). */
    public boolean isStreamed(String name) {
        return workspace.isStreamed(name);
    }

    /**
     * The streamed data set {@code name}, or its part {@code name.part}: read from its file batch
     * by batch ({@link StreamedDataset#batches}) each time it is used.
     *
     * @throws NoSuchElementException when there is no such streamed data set
     * @throws dev.neurona.runtime.data.DataException when it has no such part
     */
    public StreamedDataset stream(String name) {
        return workspace.stream(name);
    }

    /** The names defined so far (data sets and models), in the order first defined. */
    public Set<String> names() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(workspace.names()));
    }

    /** Whether {@code name} is a model (otherwise a data set, or nothing). */
    public boolean isModel(String name) {
        return workspace.isModel(name);
    }

    @Override
    public void close() {
        if (ownsPool) {
            pool.close();
        }
    }

    private record Compiled(List<Diagnostic> diagnostics, List<Plan> plans, CheckedLoads loads) {
        boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    /** @param script the script file the text comes from, or null */
    private Compiled compile(String source, String fileName, @Nullable Path script) {
        ParseResult parsed = parser.parse(source, fileName);
        Set<String> unparsed = parsed.hasErrors() ? UnparsedDefinitions.of(source, parsed.script()) : Set.of();
        Checker checker = new Checker(
                new ScriptPaths(settings.baseDir(), settings.dataDir(), script),
                !settings.repl(),
                tables.distributed());
        List<Diagnostic> diagnostics = new ArrayList<>(parsed.diagnostics());
        List<Plan> plans;
        CheckedLoads loads = new CheckedLoads();
        try {
            CheckResult checked = checker.check(parsed.script(), workspace.scope(), unparsed);
            diagnostics.addAll(checked.diagnostics());
            plans = checked.plans();
            loads = checked.loads();
        } catch (RuntimeException e) {
            diagnostics.add(Diagnostic.error(fileName, null, Text.of("run.check_failed", String.valueOf(e))));
            plans = List.of();
        }
        diagnostics.sort(Diagnostic.BY_POSITION);
        report(source, diagnostics);
        return new Compiled(diagnostics, plans, loads);
    }

    private Outcome run(Compiled compiled, String source, String fileName) {
        RunObserver watching = observer;
        watching.running(fileName, source);
        try {
            return runPlans(compiled, source, fileName, watching);
        } finally {
            watching.finished();
        }
    }

    private Outcome runPlans(Compiled compiled, String source, String fileName, RunObserver watching) {
        List<Diagnostic> warnings = new ArrayList<>();
        RunContext context = new RunContext(
                workspace,
                seeds,
                settings.out(),
                settings.quiet(),
                settings.terminal(),
                pool,
                cancelled::get,
                engine,
                tables,
                watching,
                messages,
                (where, text, help) -> {
                    Diagnostic warning = new Diagnostic(Severity.WARNING, fileName, where, text, help);
                    warnings.add(warning);
                    report(source, List.of(warning));
                },
                compiled.loads);
        PlanRunner runner = new PlanRunner(context);
        for (Plan plan : compiled.plans) {
            Failure failure = cancelled.get()
                    ? new Failure(Diagnostic.error(fileName, plan.where(), Text.of("run.interrupted_before")), true)
                    : runOne(plan, runner, fileName);
            if (failure != null) {
                report(source, List.of(failure.diagnostic));
                List<Diagnostic> all = new ArrayList<>(compiled.diagnostics);
                all.addAll(warnings);
                all.add(failure.diagnostic);
                return new Outcome(failure.interrupted ? Outcome.Status.INTERRUPTED : Outcome.Status.FAILED, all);
            }
        }
        settings.out().flush();
        if (warnings.isEmpty()) {
            return new Outcome(Outcome.Status.OK, compiled.diagnostics);
        }
        List<Diagnostic> all = new ArrayList<>(compiled.diagnostics);
        all.addAll(warnings);
        return new Outcome(Outcome.Status.OK, all);
    }

    /** Why a statement did not finish: a failure, or a cancellation. */
    private record Failure(Diagnostic diagnostic, boolean interrupted) {}

    /** Runs one plan; returns why it did not finish, or null when it went well. */
    private static @Nullable Failure runOne(Plan plan, PlanRunner runner, String fileName) {
        Text message;
        try {
            plan.accept(runner);
            return null;
        } catch (Interruption e) {
            return new Failure(Diagnostic.error(fileName, plan.where(), e.text()), true);
        } catch (RunFailure e) {
            return new Failure(Diagnostic.error(fileName, e.where(), e.text()), false);
        } catch (NeuronaException e) {
            message = e.text();
        } catch (UncheckedIOException e) {
            message = Text.verbatim(String.valueOf(e.getMessage()));
        } catch (OutOfMemoryError e) {
            return new Failure(
                    Diagnostic.error(
                            fileName, plan.where(), OutOfMemoryAdvice.message(plan), OutOfMemoryAdvice.help(plan)),
                    false);
        } catch (RuntimeException e) {
            message = Text.of("run.unexpected", String.valueOf(e));
        }
        return new Failure(Diagnostic.error(fileName, plan.where(), message), false);
    }

    private void report(String source, List<Diagnostic> diagnostics) {
        if (!diagnostics.isEmpty()) {
            settings.out().flush();
            settings.err().print(new DiagnosticRenderer(source, messages).render(diagnostics));
            settings.err().flush();
        }
    }
}
