package dev.neurona.repl.java;

import dev.neurona.api.Neurona;
import dev.neurona.repl.Messages;
import dev.neurona.runtime.Model;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.jspecify.annotations.Nullable;

/**
 * A JShell running snippets in this JVM, so that they see the REPL's live objects through
 * {@link Bindings}. Snippets start with the imports of JShell's own tool, of Neurona's runtime
 * ({@code Model}, {@code Dataset}, {@code Evaluation}, ... by their simple names) and of the
 * embedding facade ({@code Neurona.check}, {@code Neurona.session}, {@code Neurona.load}), so
 * that Java at the prompt is the Java of a program that embeds Neurona. A snippet's
 * {@code System.exit} or {@code Runtime.halt} is refused ({@link ExitRefusingExecution}): it
 * would end the REPL and lose every model in it.
 *
 * <p>Not thread-safe, except {@link #stop()}, which may be called from any thread.
 */
public final class JavaShell implements AutoCloseable {

    /** What every snippet may use by its simple name. */
    static final List<String> IMPORTS = List.of(
            "java.io.*",
            "java.math.*",
            "java.net.*",
            "java.nio.file.*",
            "java.util.*",
            "java.util.concurrent.*",
            "java.util.function.*",
            "java.util.regex.*",
            "java.util.stream.*",
            "dev.neurona.runtime.*",
            "dev.neurona.runtime.data.*",
            "dev.neurona.runtime.spec.*",
            "dev.neurona.runtime.train.*",
            "dev.neurona.runtime.nn.*",
            "dev.neurona.api.*");

    private static final String BINDINGS = Bindings.class.getName();
    private static final long STOP_RETRY_MILLIS = 50;

    private final JShell shell;
    private final Bindings bindings;
    private final PrintStream out;
    private final PrintStream err;
    private final JavaFeedback feedback;
    private final boolean sharesHostObjects;
    private volatile boolean running;
    private volatile boolean stopRequested;
    private volatile long evaluations;
    private volatile boolean stopBeforeStart;

    private final Supplier<Locale> language;

    private JavaShell(JShell shell, Bindings bindings, PrintStream out, PrintStream err, Supplier<Locale> language) {
        this.language = language;
        this.shell = shell;
        this.bindings = bindings;
        this.out = out;
        this.err = err;
        this.feedback = new JavaFeedback(shell, out, err, language);
        shell.addToClasspath(ClassPath.forSnippets(Bindings.class, Model.class, Neurona.class));
        for (String name : IMPORTS) {
            shell.eval("import " + name + ";");
        }
        shell.eval(BINDINGS + ".reach(" + bindings.id() + "L);");
        this.sharesHostObjects = bindings.reached();
    }

    /**
     * Starts a JShell (about a second: the compiler warms up on the imports).
     *
     * @param bindings the table snippets read the REPL's objects from
     * @param out      where values and snippets' {@code System.out} go
     * @param err      where errors and snippets' {@code System.err} go
     */
    public static JavaShell start(Bindings bindings, PrintStream out, PrintStream err, Supplier<Locale> language) {
        JShell shell = JShell.builder()
                .executionEngine(new ExitRefusingExecution(), Map.of())
                .out(out)
                .err(err)
                .build();
        return new JavaShell(shell, bindings, out, err, language);
    }

    /**
     * Whether snippets see the host's own classes, and so its objects. False when the host classes
     * were not loaded from the application class path (some IDE runners, {@code mvn exec:java}).
     */
    public boolean sharesHostObjects() {
        return sharesHostObjects;
    }

    /**
     * Runs {@code source}, one snippet after the other, reporting what each did; stops at the
     * first that is rejected or throws.
     *
     * @return whether every snippet ran
     */
    public boolean run(String source) {
        stopBeforeStart = false;
        String remaining = source;
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = shell.sourceCodeAnalysis().analyzeCompletion(remaining);
            String snippet =
                    switch (info.completeness()) {
                        case EMPTY -> null;
                        case COMPLETE, COMPLETE_WITH_SEMI, UNKNOWN -> info.source();
                        // unfinished at the end of the input: let the compiler say what is missing
                        default -> info.source() != null ? info.source() : remaining;
                    };
            if (snippet == null) {
                break;
            }
            String rest = info.completeness().isComplete() ? info.remaining() : "";
            if (!runOne(snippet)) {
                return false;
            }
            if (rest.equals(remaining)) {
                break;
            }
            remaining = rest;
        }
        return true;
    }

    private boolean runOne(String snippet) {
        List<SnippetEvent> events = evaluate(snippet);
        if (stopRequested) {
            err.println(Messages.in(language.get(), "java.stopped"));
            return false;
        }
        boolean ok = true;
        for (SnippetEvent event : events) {
            if (event.causeSnippet() == null) {
                ok &= feedback.report(event);
            }
        }
        return ok;
    }

    /**
     * Whether {@code source} is unfinished Java that more lines could complete ({@code int x =},
     * an open brace). Complete snippets followed by unfinished ones count as unfinished.
     */
    public boolean isIncomplete(String source) {
        String remaining = source;
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = shell.sourceCodeAnalysis().analyzeCompletion(remaining);
            switch (info.completeness()) {
                case DEFINITELY_INCOMPLETE -> {
                    return true;
                }
                case CONSIDERED_INCOMPLETE -> {
                    return !source.endsWith("\n"); // "for (...)" waits for its body; an empty line ends it
                }
                case EMPTY, UNKNOWN -> {
                    return false;
                }
                default -> {
                    if (info.remaining().equals(remaining)) {
                        return false;
                    }
                    remaining = info.remaining();
                }
            }
        }
        return false;
    }

    /** Completions of the Java at {@code cursor} in {@code buffer}, as JShell suggests them. */
    public Suggestions suggestions(String buffer, int cursor) {
        int[] anchor = new int[1];
        List<String> continuations = new ArrayList<>();
        for (SourceCodeAnalysis.Suggestion suggestion :
                shell.sourceCodeAnalysis().completionSuggestions(buffer, cursor, anchor)) {
            if (!continuations.contains(suggestion.continuation())) {
                continuations.add(suggestion.continuation());
            }
        }
        return new Suggestions(anchor[0], continuations);
    }

    /**
     * Declares (or re-declares) the variable {@code name} of type {@code typeName}, holding the
     * value the bindings table has under the same name. Nothing is printed.
     *
     * @return whether the variable now exists
     */
    public boolean bind(String name, String typeName) {
        String declaration =
                "var " + name + " = (" + typeName + ") " + BINDINGS + ".get(" + bindings.id() + "L, \"" + name + "\");";
        return shell.eval(declaration).stream()
                .anyMatch(event -> event.causeSnippet() == null && event.status() == Snippet.Status.VALID);
    }

    /**
     * The value of a Java expression, for a {@code ${...}} hole; a primitive comes boxed.
     *
     * @throws JavaFailure after reporting why there is no value (a compile error, an exception)
     */
    public @Nullable Object value(String expression) {
        String prefix = BINDINGS + ".give(" + bindings.id() + "L, (Object) (";
        String snippet = prefix + expression + "));";
        bindings.takeGiven();
        stopBeforeStart = false;
        List<SnippetEvent> events = evaluate(snippet);
        if (stopRequested) {
            throw new JavaFailure(Messages.in(language.get(), "java.stopped"));
        }
        for (SnippetEvent event : events) {
            if (event.causeSnippet() != null) {
                continue;
            }
            if (event.status() == Snippet.Status.REJECTED) {
                feedback.errors(
                        expression, shell.diagnostics(event.snippet()).collect(Collectors.toList()), prefix.length());
                throw new JavaFailure(null);
            }
            if (event.exception() != null) {
                throw new JavaFailure(JavaFeedback.exception(event.exception(), language.get()));
            }
        }
        return bindings.takeGiven();
    }

    /** The snippets' variables as {@code Type name = value}, for {@code /vars}. */
    public List<String> variables() {
        return shell.variables()
                .filter(variable -> shell.status(variable).isActive())
                .map(variable -> variable.typeName() + " " + variable.name() + " = " + shell.varValue(variable))
                .collect(Collectors.toList());
    }

    /** The imports in force, for {@code /imports}. */
    public List<String> imports() {
        return shell.imports()
                .filter(snippet -> shell.status(snippet).isActive())
                .map(snippet -> snippet.source().strip())
                .collect(Collectors.toList());
    }

    /** The methods declared so far, as {@code name(types)returnType}, for {@code /methods}. */
    public List<String> methods() {
        return shell.methods()
                .filter(method -> shell.status(method).isActive())
                .map(method -> method.name() + " " + method.signature())
                .collect(Collectors.toList());
    }

    /** The classes, interfaces, enums and records declared so far, for {@code /types}. */
    public List<String> types() {
        return shell.types()
                .filter(type -> shell.status(type).isActive())
                .map(type -> type.subKind().name().replace("_SUBKIND", "").toLowerCase(Locale.ROOT) + " " + type.name())
                .collect(Collectors.toList());
    }

    /**
     * Stops the snippet that is running, if any (Ctrl-C). JShell can stop a snippet only once it
     * runs, not while it compiles, so a helper thread keeps asking until the snippet is over.
     */
    public void stop() {
        long evaluation = evaluations;
        if (!running) {
            stopBeforeStart = true; // between snippets of this entry: stop before the next one
            return;
        }
        if (stopRequested) {
            return;
        }
        stopRequested = true;
        Thread stopper = new Thread(
                () -> {
                    while (running && evaluations == evaluation) {
                        try {
                            shell.stop();
                        } catch (RuntimeException | InternalError notRunningYet) {
                            // still compiling: try again shortly
                        }
                        try {
                            Thread.sleep(STOP_RETRY_MILLIS);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "nn-jshell-stop");
        stopper.setDaemon(true);
        stopper.start();
    }

    @Override
    public void close() {
        shell.close();
    }

    /** Evaluates one snippet with {@code System.out} and {@code System.err} sent to this shell's streams. */
    private List<SnippetEvent> evaluate(String snippet) {
        PrintStream systemOut = System.out;
        PrintStream systemErr = System.err;
        evaluations++;
        stopRequested = stopBeforeStart;
        if (stopRequested) {
            return List.of();
        }
        running = true;
        try {
            System.setOut(out);
            System.setErr(err);
            return shell.eval(snippet);
        } finally {
            running = false;
            System.setOut(systemOut);
            System.setErr(systemErr);
            out.flush();
            err.flush();
        }
    }
}
