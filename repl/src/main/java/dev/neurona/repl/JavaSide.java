package dev.neurona.repl;

import dev.neurona.repl.java.Bindings;
import dev.neurona.repl.java.JavaFailure;
import dev.neurona.repl.java.JavaShell;
import dev.neurona.repl.nn.NnSide.JavaValue;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import javax.lang.model.SourceVersion;

/**
 * The Java half of the REPL: a {@link JavaShell}, started on first use or in the background
 * (JShell takes about a second to warm up, which the user can spend typing), and the variables
 * that mirror the session's names. Variables are (re)declared just before Java needs them, for each name whose object changed.
 */
final class JavaSide implements AutoCloseable {

    private final Bindings bindings;
    private final PrintStream err;
    private final Supplier<Locale> language;
    private final CompletableFuture<JavaShell> starting = new CompletableFuture<>();
    private final Runnable start;
    private final Map<String, Object> bound = new HashMap<>();
    private boolean started;
    private boolean warnedNotShared;

    /** A Java side whose JShell starts on first use, or earlier by {@link #startInBackground}. */
    JavaSide(PrintStream out, PrintStream err, Supplier<Locale> language) {
        this.language = language;
        this.bindings = Bindings.open();
        this.err = err;
        this.start = () -> {
            try {
                starting.complete(JavaShell.start(bindings, out, err, language));
            } catch (RuntimeException | LinkageError failed) {
                starting.completeExceptionally(failed);
            }
        };
    }

    /** Starts JShell now on a background thread, after {@code before}; does nothing if it is started already. */
    synchronized void startInBackground(Runnable before) {
        if (started) {
            return;
        }
        started = true;
        Thread thread = new Thread(
                () -> {
                    before.run();
                    start.run();
                },
                "nn-jshell-start");
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether JShell is up (so completion will not wait for it). */
    boolean isReady() {
        return starting.isDone() && !starting.isCompletedExceptionally();
    }

    /**
     * The shell, waiting for it to start if need be, with every session name bound.
     *
     * @throws JavaFailure when JShell cannot start here
     */
    JavaShell shell(Map<String, JavaValue> values) {
        JavaShell shell = started();
        for (Map.Entry<String, JavaValue> entry : values.entrySet()) {
            String name = entry.getKey();
            Object value = entry.getValue().value();
            if (bound.get(name) != value && SourceVersion.isName(name)) {
                bindings.put(name, value);
                if (shell.bind(name, entry.getValue().typeName())) {
                    bound.put(name, value);
                }
            }
        }
        if (!values.isEmpty() && !shell.sharesHostObjects() && !warnedNotShared) {
            warnedNotShared = true;
            err.println(Messages.in(language.get(), "java.not.shared"));
        }
        return shell;
    }

    /** Stops the running snippet, if JShell is up and running one (Ctrl-C). */
    void stop() {
        if (isReady()) {
            starting.join().stop();
        }
    }

    @Override
    public void close() {
        bindings.close();
        starting.thenAccept(JavaShell::close);
    }

    private JavaShell started() {
        boolean startHere;
        synchronized (this) {
            startHere = !started;
            started = true;
        }
        if (startHere) {
            start.run();
        }
        try {
            return starting.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JavaFailure(Messages.in(language.get(), "java.unavailable", "interrupted"));
        } catch (ExecutionException e) {
            throw new JavaFailure(Messages.in(
                    language.get(),
                    "java.unavailable",
                    String.valueOf(Objects.requireNonNullElse(e.getCause(), e).getMessage())));
        }
    }
}
