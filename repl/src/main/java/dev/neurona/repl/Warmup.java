package dev.neurona.repl;

import dev.neurona.lang.RunOptions;
import dev.neurona.lang.interp.Session;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Reads and checks a small script in a throwaway session, with the output discarded, so that the
 * classes of the parser and checker are loaded and compiled before the user's first statement.
 * Runs on the background thread that then starts JShell, while the prompt waits for typing.
 */
final class Warmup {

    private static final String SCRIPT = """
            seed 1
            data warm = csv("warm-up.csv") { target y; normalize standard; split a 50%, b 50% }
            model w(h = 4) { input 3; dense h relu; dropout 0.1; dense 2 softmax }
            train w on warm.a { optimizer adam(lr=0.01); epochs 1; batch 2 }
            evaluate w on warm.b
            """;

    private Warmup() {}

    static void nn(RunOptions options, Path workingDirectory) {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        RunOptions quiet = RunOptions.builder()
                .out(nowhere)
                .err(nowhere)
                .threads(options.threads())
                .quiet(true)
                .dataDir(options.dataDir())
                .build();
        try (Session session = Session.forRepl(quiet, workingDirectory)) {
            session.check(SCRIPT, "warm-up.nn");
        } catch (RuntimeException ignored) {
            // a warm-up that fails only means a slower first statement
        }
    }
}
