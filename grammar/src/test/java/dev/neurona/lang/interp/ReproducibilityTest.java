package dev.neurona.lang.interp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.neurona.lang.TestFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One seed stream drives initialisation, shuffles, splits and dropout: the same script and seed
 * give bit-identical figures and weights, whatever the number of threads; another seed gives
 * others; {@code --seed} replaces the script's.
 */
class ReproducibilityTest {

    private static final String SCRIPT = """
            data digits = idx("img.gz", "lab.gz") { scale 1/255; shuffle; split train 80%, test 20% }
            model m { input digits; dense 96 relu; dropout 0.3; dense 10 softmax }
            train m on digits.train { epochs 3; batch 16; validate 20% }
            evaluate m on digits.test
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void data() {
        TestFiles.writeIdx(dir.resolve("img.gz"), dir.resolve("lab.gz"), 300, 28, 28, 10);
    }

    @Test
    void theSameSeedGivesBitIdenticalFiguresAndWeights() {
        Result first = run("seed 11\n" + SCRIPT, null, 1);
        Result second = run("seed 11\n" + SCRIPT, null, 1);

        assertEquals(first.figures, second.figures);
        assertArrayEquals(first.predictions, second.predictions);
    }

    @Test
    void anotherSeedGivesOtherFigures() {
        assertNotEquals(run("seed 11\n" + SCRIPT, null, 1).figures, run("seed 12\n" + SCRIPT, null, 1).figures);
    }

    @Test
    void withoutASeedStatementTheSeedIs42() {
        assertEquals(run("seed 42\n" + SCRIPT, null, 1).figures, run(SCRIPT, null, 1).figures);
    }

    @Test
    void theSeedOptionReplacesTheScriptsSeed() {
        Result overridden = run("seed 11\n" + SCRIPT, 5L, 1);
        Result written = run("seed 5\n" + SCRIPT, null, 1);

        assertEquals(written.figures, overridden.figures);
        assertArrayEquals(written.predictions, overridden.predictions);
    }

    @Test
    void theNumberOfThreadsChangesNothing() {
        Result one = run("seed 11\n" + SCRIPT, null, 1);
        Result three = run("seed 11\n" + SCRIPT, null, 3);

        assertEquals(one.figures, three.figures);
        assertArrayEquals(one.predictions, three.predictions);
    }

    private record Result(String figures, float[] predictions) {}

    private Result run(String script, Long seed, int threads) {
        try (Captured run = new Captured(dir, seed, threads, false, false)) {
            Outcome outcome = run.run(script);
            assertEquals(Outcome.Status.OK, outcome.status(), run.err());
            return new Result(run.figures(), run.session.model("m").predictPrepared(run.session.data("digits.test")));
        }
    }
}
