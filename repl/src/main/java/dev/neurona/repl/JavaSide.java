package dev.neurona.repl;

import dev.neurona.repl.java.Bindings;
import dev.neurona.repl.java.JavaFailure;
import dev.neurona.repl.java.JavaShell;
import dev.neurona.repl.nn.NnSide.JavaValue;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javax.lang.model.SourceVersion;

/**
 * The Java half of the REPL: a {@link JavaShell} started in the background (JShell takes about a
 * second to warm up, which the user spends typing), and the variables that mirror the session's
 * names. Variables are (re)declared just before Java needs them, for each name whose object changed.
 */
final class JavaSide implements AutoCloseable {

    private final Bindings bindings;
    private final PrintStream err;
    private final CompletableFuture<JavaShell> starting;
    private final Map<String, Object> bound = new HashMap<>();
    private Runnable lazyStart;
    private boolean warnedNotShared;

    /**
     * @param early  start JShell now, in the background; otherwise on first use
     * @param before what the background thread does first, when {@code early}
     */
    JavaSide(PrintStream out, PrintStream err, boolean early, Runnable before) {
        this.bindings = Bindings.open();
        this.err = err;
        this.starting = new CompletableFuture<>();
        Runnable start = () -> {
            try {
                starting.complete(JavaShell.start(bindings, out, err));
            } catch (RuntimeException | LinkageError failed) {
                starting.completeExceptionally(failed);
            }
        };
        if (early) {
            Thread thread = new Thread(() -> {
                before.run();
                start.run();
            }, "nn-jshell-start");
            thread.setDaemon(true);
            thread.start();
        } else {
            this.lazyStart = start;
        }
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
            err.println(Messages.get("java.not.shared"));
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
        Runnable start = lazyStart;
        if (start != null) {
            lazyStart = null;
            start.run();
        }
        try {
            return starting.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JavaFailure(Messages.get("java.unavailable", "interrupted"));
        } catch (ExecutionException e) {
            throw new JavaFailure(Messages.get("java.unavailable", String.valueOf(e.getCause().getMessage())));
        }
    }
}
