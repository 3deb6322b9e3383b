package dev.neurona.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Java at the prompt is the Java of an embedding program: a model trained by a statement predicts
 * raw measurements, and the facade ({@code Neurona}) is there by its simple name.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplFacadeTest {

    private ReplHarness repl;

    @BeforeAll
    void trainIris(@TempDir Path dir) throws IOException {
        try (InputStream iris = ReplFacadeTest.class.getResourceAsStream("iris.csv")) {
            Files.copy(iris, dir.resolve("iris.csv"));
        }
        repl = new ReplHarness(dir);
        repl.run("""
                seed 7
                data iris = csv("iris.csv") { target species }
                model m { input iris; dense 16 relu; dense 3 softmax }
                train m on iris { optimizer adam(lr=0.02); epochs 60; batch 16 }
                """);
        assertEquals("", repl.err());
    }

    @AfterAll
    void stop() {
        repl.close();
    }

    @BeforeEach
    void forgetOutput() {
        repl.clear();
    }

    @Test
    void predictTakesRawMeasurements() {
        String out = repl.run("""
                float[] p = m.predict(5.1, 3.5, 1.4, 0.2);
                int best = 0; for (int i = 1; i < p.length; i++) if (p[i] > p[best]) best = i;
                m.schema().classNames().get(best)
                """);
        assertTrue(out.endsWith(" ==> \"setosa\"\n"), out);
        assertTrue(repl.run("m.predictClass(6.7, 3.0, 5.2, 2.3)\n").endsWith(" ==> \"virginica\"\n"), repl.out());
        assertEquals("", repl.err());
    }

    @Test
    void theFacadeChecksTextByItsSimpleName() {
        String out = repl.run("Neurona.check(\"model q { input 4; dense 3 sofmax }\").get(0).headline()\n");
        assertTrue(
                out.endsWith(" ==> \"<input>:1:28: error: unknown activation 'sofmax'; did you mean 'softmax'?\"\n"),
                out);
        assertEquals("", repl.err());
    }
}
