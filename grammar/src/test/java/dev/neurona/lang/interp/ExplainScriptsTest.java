package dev.neurona.lang.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.lang.TestFiles;
import dev.neurona.runtime.i18n.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The scripts under {@code explain/} train a model into one trouble each and end with
 * {@code explain}: the verdict printed must be the trouble's, in English and in Spanish.
 */
class ExplainScriptsTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}.nn in {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "overfit  | en | Training: overfitting since epoch ",
                "overfit  | es | Entrenamiento: sobreajuste desde la época ",
                "underfit | en | Training: underfitting.",
                "underfit | es | Entrenamiento: subajuste.",
                "diverge  | en | Training: learning rate too high.",
                "diverge  | es | Entrenamiento: tasa de aprendizaje demasiado alta.",
                "crawl    | en | Training: learning rate too low.",
                "crawl    | es | Entrenamiento: tasa de aprendizaje demasiado baja.",
            })
    void explainGivesTheTroublesVerdict(String script, String language, String verdict) throws IOException {
        TestFiles.copyResources("/explain", dir);
        rings(dir);
        try (Captured run = Captured.script(dir)) {
            run.session.language(Language.of(language));
            Outcome outcome = run.run(Files.readString(dir.resolve(script + ".nn"), StandardCharsets.UTF_8));
            assertEquals(Outcome.Status.OK, outcome.status(), run.err());
            String title = (language.equals("en") ? "\nmodel " : "\nmodelo ") + modelOf(script) + ": 2 ";
            assertTrue(run.out().contains(title), run.out());
            String explained = run.out().substring(run.out().indexOf(title));
            assertEquals(
                    1,
                    explained
                            .lines()
                            .filter(line -> line.startsWith(verdict.substring(0, verdict.indexOf(':') + 1)))
                            .count(),
                    explained);
            assertTrue(explained.contains("\n" + verdict), explained);
        }
    }

    private static String modelOf(String script) {
        return switch (script) {
            case "overfit" -> "huge";
            case "underfit" -> "line";
            case "diverge" -> "jumpy";
            default -> "slow";
        };
    }

    /**
     * {@code rings.csv}: 200 points of the square [-1, 1]², {@code in} when inside the circle of
     * radius 0.7, else {@code out}, with one label in seven flipped: a line cannot separate them,
     * and a big network trained long learns the flipped labels by heart.
     */
    static Path rings(Path dir) {
        SplittableRandom random = new SplittableRandom(11);
        StringBuilder csv = new StringBuilder("x,y,place\n");
        for (int i = 0; i < 200; i++) {
            double x = random.nextDouble(-1, 1);
            double y = random.nextDouble(-1, 1);
            boolean inside = x * x + y * y < 0.49;
            if (random.nextInt(7) == 0) inside = !inside;
            csv.append(String.format(Locale.ROOT, "%.4f,%.4f,%s%n", x, y, inside ? "in" : "out"));
        }
        return TestFiles.write(dir.resolve("rings.csv"), csv.toString());
    }
}
