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
        RunOptions options =
                new RunOptions(System.out, System.err, null, 1, true, false, script.getParent(), Locale.ENGLISH);
        System.exit(new ScriptRunner(options).run(script));
    }
}
