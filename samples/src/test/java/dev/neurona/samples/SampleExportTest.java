package dev.neurona.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.neurona.lang.RunOptions;
import dev.neurona.lang.interp.Outcome;
import dev.neurona.lang.interp.Session;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.data.IdxArray;
import dev.neurona.runtime.data.IdxReader;
import dev.neurona.runtime.data.InputColumn;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every sample that makes a model exports it with {@code export MODEL to "file.onnx"}, and ONNX
 * Runtime, given the same raw rows of the sample's own data (pixels 0..255, CSV cells with their
 * texts), gives what {@code predict} gives: within 1e-5 for dense models, 1e-4 for the
 * convolutional one, on 1 row and on 64, measured on outputs scaled to at most 1 (a difference
 * is divided by max(1, |output|)): the regression sample's prices near 250 are float32 numbers 3e-5
 * apart, so an absolute 1e-5 would ask for more than float32 holds there. Training is cut short (one epoch, 512 digits): the
 * comparison needs trained weights, not good ones. (overfitting.nn and tuning.nn train the same
 * kinds of MLP on the same digits as mnist.nn.)
 */
class SampleExportTest {
    private static final Path SAMPLES = Path.of("").toAbsolutePath();
    private static final double DENSE = 1e-5;
    private static final double CONV = 1e-4;

    record Sample(
            String script, List<String> models, UnaryOperator<String> shorter, double tolerance, String rawData) {}

    private static final List<Sample> SAMPLES_WITH_MODELS = List.of(
            new Sample(
                    "mnist.nn",
                    List.of("mlp"),
                    SampleExportTest::fewDigits,
                    DENSE,
                    "data/mnist-10k/test-images-idx3-ubyte.gz"),
            new Sample(
                    "cnn.nn",
                    List.of("cnn"),
                    SampleExportTest::fewDigits,
                    CONV,
                    "data/mnist-10k/test-images-idx3-ubyte.gz"),
            new Sample(
                    "students.nn",
                    List.of("advisor"),
                    text -> text.replace("epochs 40", "epochs 2"),
                    DENSE,
                    "data/students.csv"),
            new Sample(
                    "regression.nn",
                    List.of("pricer"),
                    text -> text.replace("epochs 100", "epochs 2"),
                    DENSE,
                    "data/houses.csv"),
            new Sample(
                    "perceptron.nn",
                    List.of("and_neuron", "or_neuron"),
                    UnaryOperator.identity(),
                    DENSE,
                    "data/and.csv"),
            new Sample(
                    "xor.nn", List.of("one_neuron", "hidden_layer"), UnaryOperator.identity(), DENSE, "data/xor.csv"));

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everySampleModelRunsInOnnxRuntimeAsInPredict() {
        return SAMPLES_WITH_MODELS.stream()
                .map(sample -> DynamicTest.dynamicTest(sample.script(), () -> check(sample)));
    }

    private void check(Sample sample) throws Exception {
        Path folder = temp.resolve(sample.script());
        StringBuilder text =
                new StringBuilder(sample.shorter().apply(Files.readString(SAMPLES.resolve(sample.script()))));
        for (String model : sample.models()) {
            text.append("\nsave ").append(model).append(" to \"").append(model).append(".nnm\"\n");
            text.append("export ").append(model).append(" to \"").append(model).append(".onnx\"\n");
        }
        run(sample.script(), text.toString(), folder);
        List<String[]> rows = rawRows(SAMPLES.resolve(sample.rawData()), 64);
        String[] header = rows.get(0);
        for (String name : sample.models()) {
            Model model = Model.load(folder.resolve(name + ".nnm"));
            byte[] onnx = Files.readAllBytes(folder.resolve(name + ".onnx"));
            for (int n : new int[] {1, 64}) {
                List<String[]> batch = rows.subList(1, 1 + n);
                float[] ours = new float[0];
                for (String[] row : batch) ours = concat(ours, model.predict(cells(model, row, header)));
                float[] theirs = onnxRuntime(onnx, model, batch, header);
                double diff = maxScaledDiff(ours, theirs);
                assertTrue(
                        diff <= sample.tolerance(),
                        sample.script() + " " + name + ", " + n + " rows: max scaled diff " + diff);
            }
        }
    }

    /** A header (the column names; {@code pxJ} for pixels), then the first {@code count} raw rows, repeated when the file has fewer. */
    private static List<String[]> rawRows(Path file, int count) throws Exception {
        List<String[]> rows = new ArrayList<>();
        if (file.toString().endsWith(".csv")) {
            List<String> lines =
                    Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
            rows.add(lines.get(0).split(","));
            for (int i = 0; i < count; i++)
                rows.add(lines.get(1 + i % (lines.size() - 1)).split(","));
        } else {
            IdxArray images = IdxReader.read(file);
            int size = images.itemSize();
            String[] header = new String[size];
            for (int j = 0; j < size; j++) header[j] = "px" + j;
            rows.add(header);
            for (int i = 0; i < count; i++) {
                String[] row = new String[size];
                for (int j = 0; j < size; j++) row[j] = String.valueOf(images.values()[i * size + j] & 0xFF);
                rows.add(row);
            }
        }
        return rows;
    }

    /** The model's raw columns of {@code row}, found by name in {@code header}. */
    private static String[] cells(Model model, String[] row, String[] header) {
        List<InputColumn> columns = model.preprocessing().columns();
        String[] cells = new String[columns.size()];
        for (int c = 0; c < cells.length; c++)
            cells[c] = row[List.of(header).indexOf(columns.get(c).name())];
        return cells;
    }

    private static float[] onnxRuntime(byte[] onnx, Model model, List<String[]> rows, String[] header)
            throws Exception {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        List<InputColumn> columns = model.preprocessing().columns();
        boolean anyText = columns.stream().anyMatch(InputColumn::isCategorical);
        List<Float> numbers = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (String[] row : rows) {
            String[] cells = cells(model, row, header);
            for (int c = 0; c < cells.length; c++) {
                if (columns.get(c).isCategorical()) texts.add(cells[c]);
                else numbers.add(Float.parseFloat(cells[c]));
            }
        }
        Map<String, OnnxTensor> inputs = new HashMap<>();
        float[] values = new float[numbers.size()];
        for (int i = 0; i < values.length; i++) values[i] = numbers.get(i);
        inputs.put(
                anyText ? "numbers" : "features",
                OnnxTensor.createTensor(
                        environment, FloatBuffer.wrap(values), new long[] {rows.size(), values.length / rows.size()}));
        if (anyText) {
            inputs.put("texts", OnnxTensor.createTensor(environment, texts.toArray(String[]::new), new long[] {
                rows.size(), texts.size() / rows.size()
            }));
        }
        try (OrtSession session = environment.createSession(onnx, new OrtSession.SessionOptions());
                OrtSession.Result result = session.run(inputs)) {
            String output =
                    model.schema().task() == dev.neurona.runtime.data.Task.CLASSIFICATION ? "probabilities" : "values";
            float[][] out = (float[][]) result.get(output).orElseThrow().getValue();
            float[] flat = new float[0];
            for (float[] row : out) flat = concat(flat, row);
            return flat;
        } finally {
            for (OnnxTensor t : inputs.values()) t.close();
        }
    }

    private static String fewDigits(String text) {
        return text.replaceAll("epochs \\d+", "epochs 1").replace("  scale 1/255\n}", "  scale 1/255\n  limit 512\n}");
    }

    private static void run(String name, String text, Path folder) throws Exception {
        Files.createDirectories(folder);
        Files.createSymbolicLink(folder.resolve("data"), SAMPLES.resolve("data"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RunOptions options = RunOptions.builder()
                .out(new PrintStream(out, true, StandardCharsets.UTF_8))
                .err(new PrintStream(err, true, StandardCharsets.UTF_8))
                .quiet(true)
                .dataDir(SAMPLES.resolve("no-datasets"))
                .build();
        Outcome outcome;
        try (Session session = Session.forScript(options, folder)) {
            outcome = session.execute(text, name);
        }
        assertEquals(Outcome.Status.OK, outcome.status(), err.toString(StandardCharsets.UTF_8));
    }

    private static float[] concat(float[] a, float[] b) {
        float[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    /** The largest |a − b| / max(1, |a|): absolute for probabilities, relative for large regression values. */
    private static double maxScaledDiff(float[] a, float[] b) {
        assertEquals(a.length, b.length, "output lengths");
        double max = 0;
        for (int i = 0; i < a.length; i++)
            max = Math.max(max, Math.abs((double) a[i] - b[i]) / Math.max(1, Math.abs(a[i])));
        return max;
    }
}
