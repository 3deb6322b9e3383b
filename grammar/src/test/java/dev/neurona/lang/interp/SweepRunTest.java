package dev.neurona.lang.interp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.runtime.Model;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.nn.dense.DenseSpec;
import dev.neurona.runtime.train.EpochMetrics;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sweeps run end to end on tiny data: each row holds the figures of the same configuration
 * trained on its own, {@code repeat} reports the mean and standard deviation of the individual
 * runs, the results do not depend on running side by side, and the best is bound and usable.
 */
class SweepRunTest {

    private static final String DATA = """
            seed 5
            data pets = csv("pets.csv") { target kind; normalize standard; split train 60%, valid 20%, test 20% }
            model mlp(hidden = 4) { input pets; dense hidden relu; dense 2 softmax }
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void data() {
        TinyData.pets(dir);
    }

    @Test
    void aTwoByTwoGridGivesFourRowsWithTheFiguresOfTheSameRunsOneByOne() throws IOException {
        String sweep = DATA + """
                sweep best = mlp on pets.train {
                  validate on pets.valid
                  epochs 4
                  batch 8
                  vary hidden in [3, 6]
                  vary lr in [0.01, 0.1]
                  parallel true
                } to "results.csv"
                """;
        try (Captured run = new Captured(dir, null, 2, false, false)) {
            assertEquals(Outcome.Status.OK, run.run(sweep).status(), run.err());
            assertTrue(
                    run.out().startsWith("sweep best = mlp on pets.train: 4 combinations, 2 at a time\n"), run.out());
        }
        List<CSVRecord> rows = csv(dir.resolve("results.csv"));
        assertEquals(4, rows.size());
        for (String hidden : List.of("3", "6")) {
            for (String lr : List.of("0.01", "0.1")) {
                EpochMetrics alone = trainAlone(hidden, lr, "epochs 4; batch 8; optimizer adam(lr=" + lr + ")");
                CSVRecord row = rows.stream()
                        .filter(r ->
                                r.get("hidden").equals(hidden) && r.get("lr").equals(lr))
                        .findFirst()
                        .orElseThrow();
                assertEquals(alone.loss(), Double.parseDouble(row.get("loss")), "loss of " + hidden + ", " + lr);
                assertEquals(alone.accuracy(), Double.parseDouble(row.get("acc")));
                assertEquals(alone.valLoss(), Double.parseDouble(row.get("val_loss")));
                assertEquals(alone.valAccuracy(), Double.parseDouble(row.get("val_acc")));
                assertEquals("4", row.get("epochs"));
            }
        }
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(
                    Double.parseDouble(rows.get(i - 1).get("val_loss"))
                            <= Double.parseDouble(rows.get(i).get("val_loss")),
                    "ranked by val_loss, lowest first");
            assertEquals(Integer.toString(i + 1), rows.get(i).get("rank"));
            assertEquals("false", rows.get(i).get("best"));
        }
        assertEquals("true", rows.get(0).get("best"));
    }

    @Test
    void repeatReportsTheMeanAndStandardDeviationOfTheIndividualRuns() throws IOException {
        String sweep = DATA + """
                sweep best = mlp on pets.train {
                  validate on pets.valid
                  epochs 3
                  batch 8
                  vary hidden in [2, 5]
                  repeat 3
                  parallel true
                } to "results.csv"
                """;
        try (Captured run = new Captured(dir, null, 2, false, false)) {
            assertEquals(Outcome.Status.OK, run.run(sweep).status(), run.err());
            assertTrue(run.out().contains("2 combinations × 3 runs, 2 at a time\n"), run.out());
            assertTrue(run.out().contains(" ± "), run.out());
            assertTrue(run.out().contains("  run 3/3  "), run.out());
        }
        List<CSVRecord> rows = csv(dir.resolve("results.csv"));
        assertEquals(2, rows.size());
        for (String hidden : List.of("2", "5")) {
            // Run r of every combination draws its seeds as the r-th model-and-train pair at this place would.
            String alone = DATA + """
                    model r1 = mlp(hidden=H); train r1 on pets.train { validate on pets.valid; epochs 3; batch 8 }
                    model r2 = mlp(hidden=H); train r2 on pets.train { validate on pets.valid; epochs 3; batch 8 }
                    model r3 = mlp(hidden=H); train r3 on pets.train { validate on pets.valid; epochs 3; batch 8 }
                    """.replace("H", hidden);
            double[] valLoss = new double[3];
            double[] valAcc = new double[3];
            try (Captured run = Captured.script(dir)) {
                assertEquals(Outcome.Status.OK, run.run(alone).status(), run.err());
                for (int r = 0; r < 3; r++) {
                    EpochMetrics last =
                            run.session.model("r" + (r + 1)).history().last();
                    valLoss[r] = last.valLoss();
                    valAcc[r] = last.valAccuracy();
                }
            }
            CSVRecord row = rows.stream()
                    .filter(r -> r.get("hidden").equals(hidden))
                    .findFirst()
                    .orElseThrow();
            assertEquals(mean(valLoss), Double.parseDouble(row.get("val_loss")), 1e-12);
            assertEquals(sampleSd(valLoss), Double.parseDouble(row.get("val_loss_sd")), 1e-12);
            assertEquals(mean(valAcc), Double.parseDouble(row.get("val_acc")), 1e-12);
            assertEquals(sampleSd(valAcc), Double.parseDouble(row.get("val_acc_sd")), 1e-12);
            assertTrue(sampleSd(valLoss) > 0, "other seeds give other figures");
        }
    }

    @Test
    void runningSideBySideOrOneAtATimeGivesTheSameFiguresAndTheSameBest() throws IOException {
        String sweep = DATA + """
                sweep best = mlp on pets.train {
                  validate 20%
                  epochs 3
                  batch 4
                  vary hidden in [2, 3, 5]
                  vary optimizer in [adam, sgd(lr=0.3, momentum=0.9)]
                  PARALLEL
                } to "results.csv"
                """;
        Dataset test;
        float[] sideBySide;
        String sideBySideOut;
        try (Captured run = new Captured(dir, null, 2, false, false)) {
            assertEquals(
                    Outcome.Status.OK,
                    run.run(sweep.replace("PARALLEL", "parallel true")).status(),
                    run.err());
            sideBySideOut = run.out();
            test = run.session.data("pets.test");
            sideBySide = run.session.model("best").predictPrepared(test);
        }
        String sideBySideCsv = withoutSeconds(Files.readString(dir.resolve("results.csv")));
        try (Captured run = new Captured(dir, null, 2, false, false)) {
            assertEquals(
                    Outcome.Status.OK,
                    run.run(sweep.replace("PARALLEL", "parallel false")).status(),
                    run.err());
            assertTrue(sideBySideOut.contains("6 combinations, 2 at a time"), sideBySideOut);
            assertTrue(run.out().contains("6 combinations, one at a time"), run.out());
            assertEquals(withoutTimes(sideBySideOut).replace("2 at a time", "one at a time"), withoutTimes(run.out()));
            assertArrayEquals(sideBySide, run.session.model("best").predictPrepared(test));
        }
        assertEquals(sideBySideCsv, withoutSeconds(Files.readString(dir.resolve("results.csv"))));
    }

    @Test
    void theBestIsBoundAndUsableByEvaluateSaveAndLoad() {
        String script = DATA + """
                sweep best = mlp on pets.train {
                  validate on pets.valid
                  epochs 3
                  batch 8
                  vary hidden in [2, 6]
                  select max val_accuracy
                }
                evaluate best on pets.test
                save best to "best.nnm"
                load again from "best.nnm"
                """;
        try (Captured run = Captured.script(dir)) {
            assertEquals(Outcome.Status.OK, run.run(script).status(), run.err());
            String out = run.out();
            assertTrue(out.contains("ranked by val_acc, highest first:\n"), out);
            assertTrue(out.contains("\nbest: hidden="), out);
            assertTrue(out.contains("; bound to 'best'\nevaluate best on pets.test (12 rows)\n"), out);
            Model best = run.session.model("best");
            assertEquals(3, best.history().size(), "the bound model holds its own training only");
            Dataset test = run.session.data("pets.test");
            assertArrayEquals(
                    best.predictPrepared(test), run.session.model("again").predictPrepared(test));
            Matcher hidden = Pattern.compile("\nbest: hidden=(\\d+) ").matcher(out);
            assertTrue(hidden.find(), out);
            assertEquals(
                    Integer.parseInt(hidden.group(1)),
                    ((DenseSpec) best.spec().layers().get(0)).units());
        }
    }

    @Test
    void theBestKeepsItsTemplateForLaterInstancesInTheRepl() {
        try (Captured repl = new Captured(dir, null, 1, false, true)) {
            assertEquals(Outcome.Status.OK, repl.run(DATA + """
                    sweep best = mlp on pets.train { validate 20%; epochs 2; vary hidden in [3, 7] }
                    """).status(), repl.err());
            Outcome next = repl.run("model wider = best(hidden=9)\nprint wider\n");
            assertEquals(Outcome.Status.OK, next.status(), repl.err());
            assertTrue(repl.out().contains("dense1   9        relu"), repl.out());
        }
    }

    @Test
    void aDivergingCombinationRanksLastAndTheOthersStillCount() throws IOException {
        String script = DATA + """
                sweep best = mlp on pets.train {
                  validate on pets.valid
                  epochs 3
                  optimizer sgd
                  vary lr in [0.1, 1e30]
                } to "results.csv"
                """;
        try (Captured run = Captured.script(dir)) {
            assertEquals(Outcome.Status.OK, run.run(script).status(), run.err());
            assertTrue(run.out().contains("  lr=1e30  diverged in epoch 1, batch "), run.out());
            assertTrue(run.out().contains("best: lr=0.1 "), run.out());
        }
        List<CSVRecord> rows = csv(dir.resolve("results.csv"));
        assertEquals(List.of("0.1", "1e30"), rows.stream().map(r -> r.get("lr")).toList());
        assertEquals("true", rows.get(1).get("diverged"));
        assertEquals("", rows.get(1).get("val_loss"));
    }

    @Test
    void cancellingFinishesTheRunningCombinationWithAllItsRunsAndStillPrintsTheTableSoFar() throws IOException {
        AtomicReference<Session> session = new AtomicReference<>();
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        PrintStream cancelAfterTheFirstRun = new PrintStream(
                new OutputStream() {
                    @Override
                    public void write(int b) {
                        seen.write(b);
                        if (b == '\n' && seen.toString(StandardCharsets.UTF_8).contains("  1/6  ")) {
                            session.get().cancel();
                        }
                    }
                },
                true,
                StandardCharsets.UTF_8);
        try (Captured run = new Captured(dir, null, 1, false, false, cancelAfterTheFirstRun)) {
            session.set(run.session);
            Outcome outcome = run.run(DATA + """
                    sweep best = mlp on pets.train {
                      validate 20%
                      epochs 2
                      vary hidden in [2, 4, 8]
                      repeat 2
                    } to "results.csv"
                    print "not reached"
                    """);

            assertEquals(Outcome.Status.INTERRUPTED, outcome.status());
            String out = seen.toString(StandardCharsets.UTF_8);
            assertTrue(out.contains("  2/6  hidden=2  run 2/2  "), out);
            assertFalse(out.contains("3/6"), out);
            assertTrue(out.contains("\nbest: hidden=2 "), out);
            assertFalse(out.contains("not reached"), out);
            assertTrue(
                    run.err()
                            .contains("error: interrupted: the sweep stopped after 1 of 3 combinations; 'best' is the "
                                    + "best of those\n"),
                    run.err());
            assertEquals(2, run.session.model("best").history().size(), "the finished combination is bound");
        }
        assertEquals(1, csv(dir.resolve("results.csv")).size());
    }

    @Test
    void aRegressionSweepShowsNoAccuracies() {
        TinyData.houses(dir);
        try (Captured run = Captured.script(dir)) {
            Outcome outcome = run.run("""
                    data houses = csv("houses.csv") { normalize standard }
                    model line(width = 4) { input houses; dense width relu; dense 1 }
                    sweep fit = line on houses { validate 20%; epochs 2; vary width in [2, 4] }
                    """);
            assertEquals(Outcome.Status.OK, outcome.status(), run.err());
            assertTrue(run.out().matches("(?s).*\\n +width +loss +val_loss +epochs +time\\n.*"), run.out());
            assertFalse(run.out().contains("acc"), run.out());
        }
    }

    /** Trains one configuration on its own, after the same data lines, and returns its last epoch. */
    private EpochMetrics trainAlone(String hidden, String lr, String options) {
        String script = DATA + "model one = mlp(hidden=" + hidden + ")\n"
                + "train one on pets.train { validate on pets.valid; " + options + " }\n";
        try (Captured run = Captured.script(dir)) {
            assertEquals(Outcome.Status.OK, run.run(script).status(), run.err());
            return run.session.model("one").history().last();
        }
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(reader)) {
            return parser.getRecords();
        }
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static double sampleSd(double[] values) {
        double mean = mean(values);
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / (values.length - 1));
    }

    /** The output without the times of runs and rows, the one thing that differs between runs. */
    private static String withoutTimes(String out) {
        return out.replaceAll(" +\\d+\\.\\ds\\n", "\n").replaceAll(" +time\\n", " time\n");
    }

    private static String withoutSeconds(String csv) {
        return csv.replaceAll(",\\d+\\.\\d{3},", ",#,");
    }
}
