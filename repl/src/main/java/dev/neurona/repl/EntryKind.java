package dev.neurona.repl;

/** What one entry at the prompt is, and so who runs it. */
public enum EntryKind {
    /** Nothing but spaces and comments. */
    BLANK,
    /** A REPL command: {@code :help}, {@code :load FILE.nn}, ... */
    COMMAND,
    /** One of JShell's own commands that the REPL keeps: {@code /vars}, {@code /imports}, ... */
    JAVA_COMMAND,
    /** {@code .nn} statements, for the session. */
    NN,
    /** A Java snippet, for JShell. */
    JAVA
}
