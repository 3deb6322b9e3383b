package dev.neurona.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nn run} and {@code nn check}: exit codes, the script's name in messages, paths from its folder. */
class ScriptRunnerTest {

    private static final String SCRIPT = """
            seed 4
            data gate = csv("data/gate.csv")
            model m { input 2; dense 8 tanh; dense 1 sigmoid }
            train m on gate { optimizer adam(lr=0.05); epochs 30; batch 4 }
            evaluate m on gate
            save m to "m.nnm"
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void files() {
        TestFiles.write(dir.resolve("scripts/data/gate.csv"), "x1,x2,y\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n");
        TestFiles.write(dir.resolve("scripts/gate.nn"), SCRIPT);
    }

    @Test
    void runsAScriptWithPathsRelativeToItsFolder() {
        int code = runner(null, false).run(dir.resolve("scripts/gate.nn"));

        assertEquals(ScriptRunner.OK, code, text(err));
        assertTrue(text(out).contains("epoch 30/30  loss "), text(out));
        assertTrue(Files.exists(dir.resolve("scripts/m.nnm")));
    }

    @Test
    void checkReadsTheScriptAndRunsNothing() {
        TestFiles.write(dir.resolve("scripts/wrong.nn"), SCRIPT.replace("epochs 30", "epochs 0"));
        Path wrong = dir.resolve("scripts/wrong.nn");

        assertEquals(ScriptRunner.OK, runner(null, false).check(dir.resolve("scripts/gate.nn")));
        assertEquals(ScriptRunner.SCRIPT_ERROR, runner(null, false).check(wrong));
        assertEquals(ScriptRunner.SCRIPT_ERROR, runner(null, false).run(wrong));
        assertEquals("", text(out));
        assertTrue(text(err).startsWith(wrong + ":4:51: error: epochs must be at least 1, got 0\n"), text(err));
        assertTrue(!Files.exists(dir.resolve("scripts/m.nnm")));
    }

    @Test
    void aMissingScriptIsReported() {
        Path missing = dir.resolve("nothing.nn");

        assertEquals(ScriptRunner.SCRIPT_ERROR, runner(null, false).run(missing));
        assertEquals(missing + ": error: the script does not exist\n", text(err));
    }

    @Test
    void theSeedOptionAndQuietMode() {
        TestFiles.write(dir.resolve("scripts/seed9.nn"), SCRIPT.replace("seed 4", "seed 9"));
        assertEquals(ScriptRunner.OK, runner(9L, true).run(dir.resolve("scripts/gate.nn")));
        String overridden = text(out);
        out.reset();
        assertEquals(ScriptRunner.OK, runner(null, true).run(dir.resolve("scripts/seed9.nn")));

        assertEquals(strip(text(out)), strip(overridden));
        assertTrue(overridden.startsWith("epoch 30/30  loss "), "quiet: only the last epoch line: " + overridden);
    }

    @Test
    void cancelEndsTheRunWith130() {
        TestFiles.write(dir.resolve("scripts/long.nn"), SCRIPT.replace("epochs 30", "epochs 100000"));
        AtomicReference<ScriptRunner> runner = new AtomicReference<>();
        PrintStream cancelling = new PrintStream(
                new OutputStream() {
                    @Override
                    public void write(int b) {
                        out.write(b);
                        if (b == '\n') {
                            runner.get().cancel();
                        }
                    }
                },
                true,
                StandardCharsets.UTF_8);
        runner.set(new ScriptRunner(RunOptions.builder()
                .out(cancelling)
                .err(new PrintStream(err, true, StandardCharsets.UTF_8))
                .threads(1)
                .dataDir(dir)
                .build()));

        assertEquals(ScriptRunner.INTERRUPTED, runner.get().run(dir.resolve("scripts/long.nn")));
        assertTrue(text(err).contains("error: interrupted: training of 'm' stopped in epoch 2;"), text(err));
    }

    private ScriptRunner runner(Long seed, boolean quiet) {
        return new ScriptRunner(RunOptions.builder()
                .out(new PrintStream(out, true, StandardCharsets.UTF_8))
                .err(new PrintStream(err, true, StandardCharsets.UTF_8))
                .seed(seed)
                .threads(1)
                .quiet(quiet)
                .dataDir(dir.resolve("datasets"))
                .build());
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }

    /** Without the seconds of epoch lines and the model file's folder. */
    private static String strip(String output) {
        return output.replaceAll("\\d+\\.\\ds\\n", "\n");
    }
}
