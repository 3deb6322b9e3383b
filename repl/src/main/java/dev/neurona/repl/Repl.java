package dev.neurona.repl;

import dev.neurona.lang.RunOptions;
import dev.neurona.lang.ScriptRunner;
import dev.neurona.lang.interp.Outcome;
import dev.neurona.lang.interp.Session;
import dev.neurona.lang.syntax.NnParser;
import dev.neurona.repl.java.JavaFailure;
import dev.neurona.repl.java.JavaShell;
import dev.neurona.repl.java.Suggestions;
import dev.neurona.repl.nn.NnSide;
import dev.neurona.runtime.Printable;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The REPL: one prompt for {@code .nn} statements and Java snippets. Statements run in a
 * {@link Session}, the interpreter of {@code nn run}; snippets run in a JShell in the same JVM,
 * where every data set and model of the session is a variable holding the live object. An error
 * in an entry, of either language, is reported and the session goes on.
 *
 * <pre>{@code
 * try (Repl repl = new Repl(options, Path.of(""))) {
 *     repl.run(new PlainLineSource(new InputStreamReader(System.in), repl::isIncomplete));
 * }
 * }</pre>
 *
 * <p>Not thread-safe, except {@link #interrupt()}, which may be called from any thread (Ctrl-C).
 */
public final class Repl implements AutoCloseable {

    private final RunOptions options;
    private final Path workingDirectory;
    private final InputClassifier classifier = new InputClassifier();
    private final NnParser parser = new NnParser();
    private final Commands commands = new Commands(this);
    private final List<String> history = new ArrayList<>();
    private NnSide nn;
    private final ReplWatch watch = new ReplWatch(this::stopNn);
    private JavaSide java;
    private volatile @Nullable Runnable onInterrupt;
    private boolean preparing;
    private boolean quit;
    private int exitCode = ScriptRunner.OK;
    private boolean entryFailed;

    /**
     * A REPL whose JShell starts with the first Java snippet (see {@link #prepareInBackground()}).
     *
     * @param options          streams and settings, as for {@code nn run}
     * @param workingDirectory where relative paths start, in statements and in commands
     */
    public Repl(RunOptions options, Path workingDirectory) {
        this.options = options;
        this.workingDirectory = workingDirectory;
        startSessions();
    }

    /**
     * Gets ready for the first entries on a background thread, while the user types: loads the
     * parser and checker, then starts JShell (about a second of work). Call it once the prompt is
     * about to show, so that it does not delay the prompt.
     */
    public void prepareInBackground() {
        preparing = true;
        java.startInBackground(() -> Warmup.nn(options, workingDirectory));
    }

    /** Runs entries from {@code source} until its end or {@code :quit}. */
    public void run(LineSource source) throws IOException {
        while (!quit) {
            String entry = source.next();
            if (entry == null) {
                return;
            }
            execute(entry);
        }
    }

    /** Runs one entry: a command, {@code .nn} statements or Java. Never throws for the entry's own errors. */
    public void execute(String entry) {
        entryFailed = false;
        if (!entry.isBlank()) {
            history.add(entry);
        }
        try {
            switch (classifier.classify(entry)) {
                case COMMAND -> commands.run(entry.strip());
                case JAVA_COMMAND -> commands.runJava(entry.strip());
                case NN -> runNn(entry);
                case JAVA -> runJava(entry);
                case BLANK -> {}
            }
        } catch (JavaFailure failure) {
            failed(ScriptRunner.FAILED);
            if (failure.getMessage() != null) {
                err().println(failure.getMessage());
            }
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError unexpected) {
            failed(ScriptRunner.FAILED);
            err().println(Messages.in(language(), "internal.error", String.valueOf(unexpected)));
        } finally {
            out().flush();
            err().flush();
        }
    }

    /** Runs a {@code .nn} file in the session (its names stay); for {@code nn repl FILE.nn} and {@code :load}. */
    public void load(Path file) {
        Path resolved = workingDirectory.resolve(file);
        String source;
        try {
            source = Files.readString(resolved, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err().println(Messages.in(language(), "load.missing", Printable.escape(file.toString())));
            return;
        } catch (MalformedInputException e) {
            err().println(Messages.in(language(), "load.not.text", Printable.escape(file.toString())));
            return;
        } catch (IOException e) {
            err().println(Messages.in(
                    language(),
                    "load.unreadable",
                    Printable.escape(file.toString()),
                    Printable.escape(String.valueOf(e.getMessage()))));
            return;
        }
        noted(whileRunning(this::stopNn, () -> nn.run(source, file.toString())));
    }

    /**
     * How a piped session ends: 0 when every entry went well, otherwise the exit code of the
     * first that did not, as {@code nn run} gives it (2 a wrong statement or unknown command,
     * 1 a failure or a Java error, 130 interrupted), so that a script feeding the REPL sees it.
     */
    public int exitCode() {
        return exitCode;
    }

    /** Whether the last entry given to {@link #execute} went wrong (its error is already printed). */
    public boolean lastEntryFailed() {
        return entryFailed;
    }

    /** Whether {@code text} is an unfinished entry that more lines could complete. */
    public boolean isIncomplete(String text) {
        return switch (classifier.classify(text)) {
            case NN -> Holes.open(text) || parser.isIncomplete(Holes.withPlaceholders(text));
            case JAVA -> javaIsIncomplete(text);
            default -> false;
        };
    }

    private boolean javaIsIncomplete(String text) {
        try {
            return javaShell().isIncomplete(text);
        } catch (JavaFailure unavailable) {
            return false; // running it will say why Java is not there
        }
    }

    /** Who runs {@code text}. */
    public EntryKind kindOf(String text) {
        return classifier.classify(text);
    }

    /**
     * Stops what is running: training stops after its current batch, a Java snippet at once.
     *
     * @return whether something was running
     */
    public boolean interrupt() {
        Runnable stop = onInterrupt;
        if (stop == null) {
            return false;
        }
        stop.run();
        return true;
    }

    /** The session's data sets and models, then the parts of data sets ({@code digits.train}). */
    public List<String> definedNames() {
        List<String> names = new ArrayList<>(nn.names());
        names.addAll(nn.partNames());
        return names;
    }

    /**
     * Lets {@code observer} see what the session's statements run, until {@code :reset} or
     * {@code :watch} puts another in its place (the notebook's training progress).
     */
    public void observe(dev.neurona.lang.interp.RunObserver observer) {
        nn.observe(observer);
    }

    /** The one-line summary of a data set or model of the session, as {@code :list} shows it. */
    public Optional<String> summaryOf(String name) {
        return nn.names().contains(name) ? Optional.of(nn.summary(name)) : Optional.empty();
    }

    /** JShell's completions at {@code cursor}; empty when JShell is not available. */
    public Optional<Suggestions> javaSuggestions(String buffer, int cursor) {
        try {
            return Optional.of(javaShell().suggestions(buffer, cursor));
        } catch (JavaFailure unavailable) {
            return Optional.empty();
        }
    }

    /** The REPL's commands and the JShell commands it keeps: {@code :help}, ..., {@code /vars}, ... */
    public static List<String> commandNames() {
        return Commands.names();
    }

    /** The one-line greeting of an interactive session, in {@code language}. */
    public static String banner(java.util.Locale language) {
        return Messages.in(language, "banner");
    }

    /** The session's language of the moment: the options' until {@code :lang} changes it. */
    public java.util.Locale language() {
        return nn == null ? options.locale() : nn.language();
    }

    @Override
    public void close() {
        closeSessions();
        watch.close();
    }

    private void closeSessions() {
        nn.close();
        java.close();
    }

    // --- for the commands ---

    PrintStream out() {
        return options.out();
    }

    PrintStream err() {
        return options.err();
    }

    /** The error stream, for a command that failed: the session's exit code then says so. */
    PrintStream failure() {
        failed(ScriptRunner.SCRIPT_ERROR);
        return err();
    }

    Path workingDirectory() {
        return workingDirectory;
    }

    ReplWatch watch() {
        return watch;
    }

    NnSide nn() {
        return nn;
    }

    List<String> history() {
        return List.copyOf(history);
    }

    /** The Java shell with the session's names bound, started if need be. */
    JavaShell javaShell() {
        return java.shell(nn.javaValues());
    }

    /** Forgets every name and variable: a new session and a new JShell. */
    void reset() {
        closeSessions();
        startSessions();
        if (preparing) {
            java.startInBackground(() -> {});
        }
    }

    void quit() {
        quit = true;
    }

    private void startSessions() {
        java.util.Locale language = nn == null ? options.locale() : nn.language();
        nn = new NnSide(Session.forRepl(options, workingDirectory));
        nn.language(language);
        watch.attach(nn);
        java = new JavaSide(out(), err(), this::language);
    }

    private void runNn(String entry) {
        String source = Holes.any(entry) ? Holes.fill(entry, this::literalOf) : entry;
        noted(whileRunning(this::stopNn, () -> nn.run(source, Session.INPUT)));
    }

    private void noted(Outcome outcome) {
        failed(outcome.status().exitCode());
    }

    /** Remembers the first entry that did not go well. */
    private void failed(int code) {
        entryFailed |= code != ScriptRunner.OK;
        if (exitCode == ScriptRunner.OK) {
            exitCode = code;
        }
    }

    /** The {@code .nn} text of the value of a Java expression. */
    private String literalOf(String expression) {
        Object value = whileRunning(this::stopJava, () -> javaShell().value(expression));
        return NnLiteral.of(value)
                .orElseThrow(() -> new JavaFailure(
                        value == null || value instanceof Number
                                ? Messages.in(language(), "hole.no.literal", expression, String.valueOf(value))
                                : Messages.in(
                                        language(),
                                        "hole.no.literal.object",
                                        expression,
                                        value.getClass().getSimpleName())));
    }

    private void runJava(String entry) {
        JavaShell shell = javaShell();
        if (!whileRunning(shell::stop, () -> shell.run(entry))) {
            failed(ScriptRunner.FAILED);
        }
    }

    private void stopNn() {
        err().println();
        err().println(Messages.in(language(), "interrupt.nn"));
        nn.cancel();
    }

    private void stopJava() {
        java.stop();
    }

    private <T> T whileRunning(Runnable stop, Supplier<T> work) {
        onInterrupt = stop;
        try {
            return work.get();
        } finally {
            onInterrupt = null;
        }
    }
}
