package dev.neurona.cli;

import dev.neurona.lang.ScriptRunner;
import dev.neurona.repl.Messages;
import dev.neurona.runtime.Printable;
import java.io.PrintStream;
import java.util.Locale;

/**
 * What the user sees when something escapes every handler: a bug in Neurona, or the JVM running
 * out of memory. One line and an advice; the stack trace only with {@code NN_DEBUG=1}.
 */
final class InternalErrorReport {
    private InternalErrorReport() {}

    /** Prints the report in {@code language} on the context's error stream and returns exit code 1. */
    static int print(Throwable problem, CliContext context, Locale language) {
        PrintStream err = context.err();
        if (problem instanceof OutOfMemoryError) {
            err.println(Messages.in(language, "cli.internal.out_of_memory"));
            err.println(Messages.in(language, "cli.internal.out_of_memory.advice"));
        } else {
            err.println(Messages.in(language, "cli.internal.error", describe(problem)));
            err.println(Messages.in(language, context.debug() ? "cli.internal.report.debug" : "cli.internal.report"));
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
