package dev.neurona.cli;

import dev.neurona.lang.ScriptRunner;
import dev.neurona.runtime.Printable;
import java.io.PrintStream;

/**
 * What the user sees when something escapes every handler: a bug in Neurona, or the JVM running
 * out of memory. One line and an advice; the stack trace only with {@code NN_DEBUG=1}.
 */
final class InternalErrorReport {
    private InternalErrorReport() {}

    /** Prints the report on the context's error stream and returns exit code 1. */
    static int print(Throwable problem, CliContext context) {
        PrintStream err = context.err();
        if (problem instanceof OutOfMemoryError) {
            err.println("nn: out of memory: the Java heap is full.");
            err.println("Use less data or a smaller model, or give Java more memory, "
                    + "e.g. NN_JAVA_OPTS=-Xmx8g ./nn ...");
        } else {
            err.println("nn: internal error: " + describe(problem));
            err.println("This is a bug in Neurona; please report it with the command you ran"
                    + (context.debug() ? " and the stack trace below." : " (NN_DEBUG=1 shows the stack trace)."));
        }
        if (context.debug()) {
            problem.printStackTrace(err);
        }
        err.flush();
        return ScriptRunner.FAILED;
    }

    /** The exception's simple class name and its message, on one line, control characters escaped. */
    static String describe(Throwable problem) {
        String message = problem.getMessage();
        String name = problem.getClass().getSimpleName();
        if (message == null || message.isBlank()) {
            return name;
        }
        return name + ": " + Printable.escape(message.strip().replaceAll("\\s*\\R\\s*", " "));
    }
}
