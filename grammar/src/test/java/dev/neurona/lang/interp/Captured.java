package dev.neurona.lang.interp;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A session whose output and error streams are kept as text, for tests. */
final class Captured implements AutoCloseable {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final Session session;

    Captured(Path baseDir, Long seed, int threads, boolean quiet, boolean repl) {
        this(baseDir, seed, threads, quiet, repl, null);
    }

    Captured(Path baseDir, Long seed, int threads, boolean quiet, boolean repl, PrintStream outOverride) {
        PrintStream outStream = outOverride != null ? outOverride : new PrintStream(out, true, StandardCharsets.UTF_8);
        session = new Session(new SessionSettings(
                outStream,
                new PrintStream(err, true, StandardCharsets.UTF_8),
                seed,
                threads,
                quiet,
                false,
                baseDir.resolve("datasets"),
                baseDir,
                repl));
    }

    /** A script session in {@code dir} with one compute thread. */
    static Captured script(Path dir) {
        return new Captured(dir, null, 1, false, false);
    }

    Outcome run(String source) {
        return session.execute(source, "test.nn");
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** The output with the seconds of each epoch line taken out, which differ from run to run. */
    String figures() {
        return out().replaceAll("  \\d+\\.\\ds\\n", "\n");
    }

    @Override
    public void close() {
        session.close();
    }
}
