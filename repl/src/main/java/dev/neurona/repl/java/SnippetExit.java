package dev.neurona.repl.java;

/**
 * Thrown in place of ending the JVM when a snippet calls {@code System.exit}, {@code Runtime.exit}
 * or {@code Runtime.halt}: the REPL and every model in it live in that JVM. An {@link Error},
 * so that a snippet's {@code catch (Exception e)} does not hide the attempt.
 *
 * <p>Public, with public methods: the rewritten snippets call them ({@link ExitRewriter}).
 */
public final class SnippetExit extends Error {

    private static final long serialVersionUID = 1L;

    private SnippetExit(String call) {
        super(call, null, false, false);
    }

    /** Stands for {@code System.exit(status)}. */
    public static void exit(int status) {
        throw new SnippetExit("System.exit(" + status + ")");
    }

    /** Stands for {@code runtime.exit(status)}. */
    public static void exit(Runtime runtime, int status) {
        throw new SnippetExit("Runtime.exit(" + status + ")");
    }

    /** Stands for {@code runtime.halt(status)}. */
    public static void halt(Runtime runtime, int status) {
        throw new SnippetExit("Runtime.halt(" + status + ")");
    }
}
