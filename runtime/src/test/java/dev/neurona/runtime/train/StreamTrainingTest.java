package dev.neurona.runtime.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.runtime.Evaluation;
import dev.neurona.runtime.FitOptions;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.data.CsvLoader;
import dev.neurona.runtime.data.CsvStream;
import dev.neurona.runtime.data.DataException;
import dev.neurona.runtime.data.DataOptions;
import dev.neurona.runtime.data.DataPipeline;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.data.Normalization;
import dev.neurona.runtime.data.SplitPart;
import dev.neurona.runtime.data.StreamedData;
import dev.neurona.runtime.data.StreamedDataset;
import dev.neurona.runtime.data.Task;
import dev.neurona.runtime.linalg.ComputePool;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.ModelSpec;
import dev.neurona.runtime.spec.TrainSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Training on a streamed data set: with {@code shuffle false} and no split it is training on the
 * loaded rows, bit for bit; shuffled and split, the same seed gives the same weights and figures
 * on every run and at 1 and 2 threads.
 */
class StreamTrainingTest {
    private static final ModelSpec SPEC = Model.builder()
            .input(6)
            .dense(16, ActivationSpec.RELU)
            .dropout(0.1)
            .dense(3, ActivationSpec.SOFTMAX)
            .spec();

    @TempDir
    Path dir;

    /** Three noisy classes in four numbers and a two-valued text column (six features). */
    private Path table(int rows) throws IOException {
        StringBuilder text = new StringBuilder("a,b,c,d,side,class\n");
        SplittableRandom random = new SplittableRandom(9);
        for (int r = 0; r < rows; r++) {
            int k = random.nextInt(3);
            for (int j = 0; j < 4; j++)
                text.append(k * (j + 1) + random.nextGaussian()).append(',');
            text.append(random.nextBoolean() ? "left" : "right")
                    .append(',')
                    .append("abc".charAt(k))
                    .append('\n');
        }
        return Files.writeString(dir.resolve("table.csv"), text, StandardCharsets.UTF_8);
    }

    private record Result(float[][] weights, List<Double> figures) {}

    private static Result result(Model model) {
        List<Double> figures = model.history().epochs().stream()
                .flatMap(m -> Stream.of(m.loss(), m.accuracy(), m.valLoss(), m.valAccuracy()))
                .toList();
        return new Result(model.network().copyWeights(), figures);
    }

    private static void assertSame(Result expected, Result actual) {
        assertEquals(expected.figures(), actual.figures());
        for (int i = 0; i < expected.weights().length; i++)
            assertArrayEquals(expected.weights()[i], actual.weights()[i], "array " + i);
    }

    @Test
    void withoutShuffleOrSplitAStreamedRunIsTheLoadedRunBitForBit() throws IOException {
        Path file = table(1500);
        DataOptions options =
                DataOptions.builder().normalize(Normalization.MINMAX).build();
        TrainSpec spec =
                TrainSpec.builder().epochs(3).batchSize(32).shuffle(false).build();
        Dataset loaded = DataPipeline.prepare(CsvLoader.load(file, options), options, "t", 1)
                .all();
        StreamedDataset streamed = CsvStream.open(
                        file, options.toBuilder().stream(true).build(), "t", 1)
                .all();

        Model eager = Model.create(SPEC, 42);
        eager.fit(loaded, FitOptions.builder().spec(spec).seed(7).build());
        Model stream = Model.create(SPEC, 42);
        stream.fit(streamed, FitOptions.builder().spec(spec).seed(7).build());

        assertSame(result(eager), result(stream));
        assertEquals(eager.preprocessing(), stream.preprocessing());
        Evaluation a = eager.evaluate(loaded);
        Evaluation b = stream.evaluate(streamed);
        assertEquals(a.loss(), b.loss());
        assertEquals(a.format(), b.format());
    }

    @Test
    void aShuffledSplitStreamIsBitIdenticalAtOneAndTwoThreadsAndRunToRun() throws IOException {
        Path file = table(2000);
        DataOptions options = DataOptions.builder().normalize(Normalization.STANDARD).stream(true)
                .shuffleBuffer(300)
                .split(new SplitPart("train", 0.8), new SplitPart("valid", 0.2))
                .build();
        TrainSpec spec = TrainSpec.builder().epochs(3).batchSize(64).build();

        Result one = train(file, options, spec, 1);
        Result two = train(file, options, spec, 2);
        Result again = train(file, options, spec, 2);
        assertSame(one, two);
        assertSame(two, again);
        assertTrue(
                one.figures().get(3) > 0.6,
                "it learns: validation accuracy " + one.figures().get(3));

        Result unshuffled = train(
                file,
                options,
                TrainSpec.builder().epochs(3).batchSize(64).shuffle(false).build(),
                1);
        assertNotEquals(one.figures(), unshuffled.figures(), "the shuffle buffer changes the order");
    }

    private static Result train(Path file, DataOptions options, TrainSpec spec, int threads) {
        try (ComputePool pool = new ComputePool(threads)) {
            StreamedData data = CsvStream.open(file, options, "t", 5);
            Model model = Model.create(SPEC, 42, pool);
            model.fit(
                    data.part("train"),
                    FitOptions.builder()
                            .spec(spec)
                            .validation(data.part("valid"))
                            .seed(7)
                            .build());
            return result(model);
        }
    }

    @Test
    void aRegressionStreamEvaluatesAsTheLoadedData() throws IOException {
        StringBuilder text = new StringBuilder("x1,x2,y\n");
        SplittableRandom random = new SplittableRandom(2);
        for (int r = 0; r < 900; r++) {
            double x1 = random.nextDouble();
            double x2 = random.nextDouble();
            text.append(x1)
                    .append(',')
                    .append(x2)
                    .append(',')
                    .append(3 * x1 - x2 + 0.1 * random.nextGaussian())
                    .append('\n');
        }
        Path file = Files.writeString(dir.resolve("r.csv"), text);
        DataOptions options = DataOptions.builder().task(Task.REGRESSION).build();
        Dataset loaded = CsvLoader.load(file, options);
        StreamedDataset streamed = CsvStream.open(
                        file, options.toBuilder().stream(true).build(), "r", 1)
                .all();
        ModelSpec linear =
                Model.builder().input(2).dense(8, ActivationSpec.TANH).dense(1).spec();
        TrainSpec spec =
                TrainSpec.builder().epochs(2).batchSize(16).shuffle(false).build();
        Model eager = Model.create(linear, 3);
        eager.fit(loaded, FitOptions.builder().spec(spec).seed(1).build());
        Model stream = Model.create(linear, 3);
        stream.fit(streamed, FitOptions.builder().spec(spec).seed(1).build());
        assertSame(result(eager), result(stream));
        Evaluation a = eager.evaluate(loaded);
        Evaluation b = stream.evaluate(streamed);
        assertEquals(a.regression().mse(), b.regression().mse(), 1e-12);
        assertEquals(a.regression().mae(), b.regression().mae(), 1e-12);
        assertEquals(a.regression().r2(), b.regression().r2(), 1e-9);
    }

    @Test
    void aStreamCannotHoldOutAShareForValidation() throws IOException {
        StreamedDataset streamed = CsvStream.open(
                        table(100), DataOptions.builder().stream(true).build(), "t", 1)
                .all();
        Model model = Model.create(SPEC, 1);
        DataException e = assertThrows(
                DataException.class,
                () -> model.fit(
                        streamed,
                        FitOptions.builder()
                                .spec(TrainSpec.builder()
                                        .validationFraction(0.1)
                                        .build())
                                .seed(1)
                                .build()));
        assertTrue(e.getMessage().contains("validate on its part"), e.getMessage());
        assertEquals(null, model.schema(), "a run that never started leaves the model as it was");
    }

    @Test
    void aRowBrokenDuringTrainingStopsItWithTheRowAndTheWeightsOfTheEpochStart() throws IOException {
        Path file = table(400);
        StreamedDataset streamed = CsvStream.open(
                        file, DataOptions.builder().stream(true).build(), "t", 1)
                .all();
        List<String> lines = Files.readAllLines(file);
        lines.set(300, lines.get(300).replaceFirst("^[^,]*", "broken"));
        Files.write(file, lines);
        Model model = Model.create(SPEC, 1);
        float[][] before = model.network().copyWeights();
        DataException e = assertThrows(
                DataException.class,
                () -> model.fit(
                        streamed,
                        FitOptions.builder()
                                .spec(TrainSpec.builder()
                                        .epochs(2)
                                        .shuffle(false)
                                        .build())
                                .seed(1)
                                .build()));
        assertEquals(
                file
                        + ":301:1: column 'a' holds 'broken', not a number within float range; the file changed after its first pass",
                e.getMessage());
        float[][] after = model.network().copyWeights();
        for (int i = 0; i < before.length; i++) assertArrayEquals(before[i], after[i]);
    }
}
