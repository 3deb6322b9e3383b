package dev.neurona.repl;

import dev.neurona.lang.RunOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A REPL over captured streams, fed piped text; one compute thread, so figures repeat exactly. */
public final class ReplHarness implements AutoCloseable {

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
    public final Repl repl;

    public ReplHarness(Path dir) {
        RunOptions options = RunOptions.builder()
                .out(out)
                .err(err)
                .threads(1)
                .dataDir(dir.resolve("datasets"))
                .build();
        repl = new Repl(options, dir);
    }

    /** Runs {@code input} as piped lines; returns what it printed on the output stream. */
    public String run(String input) {
        int before = outBytes.size();
        try {
            repl.run(new PlainLineSource(new StringReader(input), repl::isIncomplete));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] all = outBytes.toByteArray();
        return new String(all, before, all.length - before, StandardCharsets.UTF_8);
    }

    public String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    public String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    /** Forgets what was printed so far. */
    public void clear() {
        outBytes.reset();
        errBytes.reset();
    }

    @Override
    public void close() {
        repl.close();
    }
}
