package dev.neurona.lang.interp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.lang.TestFiles;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.data.Task;
import dev.neurona.runtime.nn.LayerSpec;
import dev.neurona.runtime.nn.dense.DenseSpec;
import dev.neurona.runtime.nn.dropout.DropoutSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scripts run end to end on tiny data: every statement does what the language says. */
class SessionRunTest {

    @TempDir
    Path dir;

    @Test
    void trainsEvaluatesPredictsSavesAndLoads() throws IOException {
        TinyData.pets(dir);
        try (Captured run = Captured.script(dir)) {
            Outcome outcome = run.run("""
                    seed 3
                    data pets = csv("pets.csv") {
                      target kind
                      normalize standard
                      split train 75%, test 25%
                    }
                    model m { input pets; dense 8 relu; dense 2 softmax }
                    train m on pets.train {
                      optimizer adam(lr=0.05)
                      epochs 15
                      batch 8
                    }
                    evaluate m on pets.test
                    predict m on pets.test
                    predict m [30.5, "brown"]
                    save m to "models/m.nnm"
                    load again from "models/m.nnm"
                    print again
                    print "done"
                    """);

            assertEquals(Outcome.Status.OK, outcome.status(), run.err());
            assertEquals("", run.err());
            String out = run.out();
            assertTrue(out.contains("epoch 1/15  loss "), out);
            assertTrue(out.contains("epoch 15/15  loss "), out);
            assertTrue(out.contains("evaluate m on pets.test (15 rows)\nloss "), out);
            assertTrue(out.contains("accuracy 1.0000"), out);
            assertTrue(
                    out.contains(
                            "predict m on pets.test (the first 10 of 15 rows)\nrow  predicted  prob_cat  prob_dog  true\n"),
                    out);
            assertTrue(out.contains("predicted dog  prob_cat "), out);
            assertTrue(out.contains("saved m to " + dir.resolve("models/m.nnm")), out);
            assertTrue(out.contains("model again\n"), out);
            assertTrue(out.endsWith("done\n"), out);
            Dataset test = run.session.data("pets.test");
            assertArrayEquals(
                    run.session.model("m").predictPrepared(test),
                    run.session.model("again").predictPrepared(test));
        }
    }

    @Test
    void writesPredictionsToACsvFile() throws IOException {
        TinyData.pets(dir);
        try (Captured run = Captured.script(dir)) {
            Outcome outcome = run.run("""
                    data pets = csv("pets.csv")
                    model m { input pets; dense 2 softmax }
                    train m on pets { epochs 2 }
                    predict m on pets to "out/predictions.csv"
                    """);

            assertEquals(Outcome.Status.OK, outcome.status(), run.err());
            List<String> lines = Files.readAllLines(dir.resolve("out/predictions.csv"), StandardCharsets.UTF_8);
            assertEquals("predicted,prob_cat,prob_dog", lines.get(0));
            assertEquals(61, lines.size());
            String[] cells = lines.get(1).split(",");
            assertEquals(1.0, Double.parseDouble(cells[1]) + Double.parseDouble(cells[2]), 1e-5);
            try (var files = Files.list(dir.resolve("out"))) {
                assertEquals(1, files.count(), "no temporary file is left behind");
            }
        }
    }

    @Test
    void regressionPredictsFromRawInputsThroughTheModelsOwnPreprocessing() {
        TinyData.houses(dir);
        try (Captured run = Captured.script(dir)) {
            Outcome outcome = run.run("""
                    data houses = csv("houses.csv") { normalize standard }
                    model price { input houses; dense 1 }
                    train price on houses { optimizer sgd(lr=0.1); epochs 100; batch 10 }
                    predict price [100, 3]
                    evaluate price on houses
                    """);

            assertEquals(Outcome.Status.OK, outcome.status(), run.err());
            assertTrue(run.out().contains("\npredicted_price 230.0"), run.out()); // 2 × 100 + 10 × 3
            assertTrue(run.out().contains("  r2 1.0000\n"), run.out());
        }
    }

    @Test
    void compilesArithmeticPercentagesTemplatesAndShapes() {
        TestFiles.writeIdx(dir.resolve("img.gz"), dir.resolve("lab.gz"), 30, 4, 4, 3);
        try (Captured run = Captured.script(dir)) {
            Outcome outcome = run.run("""
                    data digits = idx("img.gz", "lab.gz") { scale 1/255; split train 80%, test 20% }
                    model mlp(hidden = 16, rate = 0.5) {
                      input digits
                      dense 2*hidden relu
                      dropout rate
                      dense 3 softmax
                    }
                    model big = mlp(hidden=32, rate=10%)
                    model copy = big
                    """);

            assertEquals(Outcome.Status.OK, outcome.status(), run.err());
            Model mlp = run.session.model("mlp");
            assertEquals(List.of(4, 4), mlp.spec().inputShape());
            assertEquals(32, ((DenseSpec) mlp.spec().layers().get(0)).units());
            List<LayerSpec> big = run.session.model("big").spec().layers();
            assertEquals(64, ((DenseSpec) big.get(0)).units());
            assertEquals(0.1, ((DropoutSpec) big.get(1)).rate(), 1e-12);
            assertEquals(
                    run.session.model("big").spec(), run.session.model("copy").spec());
            Dataset train = run.session.data("digits.train");
            assertEquals(24, train.rows());
            assertEquals(Task.CLASSIFICATION, train.task());
            float max = 0;
            for (float value : train.features()) {
                max = Math.max(max, value);
            }
            assertTrue(max <= 1f, "scaled by 1/255");
        }
    }

    @Test
    void derivedDataSetsAndTheWellKnownOnes() {
        TestFiles.writeIdx(
                dir.resolve("datasets/mnist/train-images-idx3-ubyte.gz"),
                dir.resolve("datasets/mnist/train-labels-idx1-ubyte.gz"),
                40,
                28,
                28,
                10);
        try (Captured run = Captured.script(dir)) {
            Outcome outcome = run.run("""
                    data digits = mnist.train { split train 50%, rest 50% }
                    data small = digits.train { limit 10; scale 1/255 }
                    print small
                    """);

            assertEquals(Outcome.Status.OK, outcome.status(), run.err());
            assertEquals(10, run.session.data("small").rows());
            assertTrue(run.out().startsWith("data small: 10 rows × 784 features (28x28), classification\n"), run.out());
        }
    }

    @Test
    void quietPrintsOnlyTheLastEpochLine() {
        TinyData.pets(dir);
        try (Captured run = new Captured(dir, null, 1, true, false)) {
            Outcome outcome = run.run("""
                    data pets = csv("pets.csv")
                    model m { input pets; dense 2 softmax }
                    train m on pets { epochs 4 }
                    save m to "m.nnm"
                    """);

            assertEquals(Outcome.Status.OK, outcome.status(), run.err());
            assertTrue(run.out().matches("epoch 4/4  loss \\S+  acc \\S+  \\d+\\.\\ds\\n"), run.out());
        }
    }

    @Test
    void earlyStoppingSaysWhichEpochItKept() {
        TinyData.pets(dir);
        try (Captured run = Captured.script(dir)) {
            Outcome outcome = run.run("""
                    data pets = csv("pets.csv") { normalize standard }
                    model m { input pets; dense 2 softmax }
                    train m on pets {
                      optimizer sgd(lr=0.5)
                      epochs 200
                      early_stop(patience=2, monitor=loss, min_delta=0.05)
                    }
                    """);

            assertEquals(Outcome.Status.OK, outcome.status(), run.err());
            assertTrue(
                    run.out()
                            .matches(
                                    "(?s).*\\nstopped early after epoch \\d+; kept the weights of epoch \\d+ \\(loss \\d\\.\\d{4}\\)\\n"),
                    run.out());
        }
    }
}
