package dev.neurona.lang.interp;

import dev.neurona.lang.RunOptions;
import dev.neurona.lang.ScriptRunner;
import java.nio.file.Path;
import java.util.Locale;

/** Runs one script as {@code nn run} does, in a JVM whose heap the test chooses; exits with the run's code. */
public final class OutOfMemoryProbe {
    private OutOfMemoryProbe() {}

    public static void main(String[] args) {
        Path script = Path.of(args[0]);
        RunOptions options = RunOptions.builder()
                .out(System.out)
                .err(System.err)
                .threads(1)
                .quiet(true)
                .terminal(false)
                .dataDir(script.getParent())
                .locale(Locale.ENGLISH)
                .build();
        System.exit(new ScriptRunner(options).run(script));
    }
}
