package dev.neurona.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.OrtEnvironment;
import dev.neurona.cli.bench.ConvBenchmark;
import dev.neurona.cli.bench.OnnxComparisonBenchmark;
import dev.neurona.cli.bench.OnnxRuntimeJar;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BenchCommandTest {
    /** The conv line, its threads and its figure; 32·16·3·3·14·14 multiply-adds per example, times the batch of 32. */
    private static final Pattern CONV_LINE = Pattern.compile(
            "conv shape=16x14x14->32x14x14 kernel=3x3 padding=same activation=relu batch=32 impl=neurona "
                    + "threads=(\\d+) madds=28901376 counted=2\\*madds\\*3\\(forward,input_grad,weight_grad\\) "
                    + "gflops=(\\d+\\.\\d)");

    /** An epoch line: its model, batch, threads, rows and seconds. */
    private static final Pattern EPOCH_LINE = Pattern.compile(
            "epoch model=(784(?:-\\d+)+-10) batch=(\\d+) threads=(\\d+) rows=(\\d+) seconds=(\\d+\\.\\d{3})");

    /** An ONNX comparison line: rows, threads, our figure and ONNX Runtime's, and how far the outputs are apart. */
    private static final Pattern ONNX_LINE = Pattern.compile(
            "predict-onnx model=784-128-64-10 rows=(\\d+) threads=(\\d+) ours_(microseconds|rows_per_s)=(\\d+(?:\\.\\d)?)"
                    + " onnxruntime_\\3=(\\d+(?:\\.\\d)?) onnxruntime=\\d+\\.\\d+\\.\\d+ max_abs_diff=(\\S+)");

    @BeforeAll
    static void onnxRuntimeFromTheTestClasspath() throws Exception {
        // The jar the build resolved for this module's tests: the bench loads it in a class loader of its own.
        System.setProperty(
                OnnxRuntimeJar.JAR_PROPERTY,
                Path.of(OrtEnvironment.class
                                .getProtectionDomain()
                                .getCodeSource()
                                .getLocation()
                                .toURI())
                        .toString());
    }

    @Test
    void benchEndsWithTheConvLine() {
        NnHarness nn = new NnHarness();
        // 640 rows, not 60,000, for the epoch figures: this checks the lines, not the speed.
        assertEquals(0, nn.run("bench", "--threads", "1", "--epoch-rows", "640"));
        List<String> lines = nn.out().lines().toList();
        assertTrue(lines.get(0).startsWith("kernel "), nn.out());
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("matmul ")), nn.out());
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("train ")), nn.out());
        assertTrue(
                lines.stream()
                        .anyMatch(line -> line.matches("load rows=100000 columns=21 mb=2\\d\\.\\d seconds=\\d+\\.\\d{3}"
                                + " rows_per_s=[1-9]\\d* mb_per_s=\\d+\\.\\d")),
                nn.out());
        assertEquals(
                List.of("784-128-10 64", "784-512-10 64", "784-2048-10 64", "784-128-64-10 32", "784-128-64-10 256"),
                epochConfigurations(lines, 1, 640),
                nn.out());
        assertEquals(List.of("rows=1 threads=1", "rows=64 threads=1"), predictLines(lines), nn.out());
        assertEquals(List.of("rows=1 threads=1", "rows=64 threads=1"), onnxLines(lines), nn.out());
        assertEquals(List.of(1), convThreads(lines), nn.out());
        assertTrue(lines.get(lines.size() - 1).startsWith("conv "), nn.out());
        assertEquals("", nn.err());
    }

    @Test
    void convLineOnOneThreadAndOnAll() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ConvBenchmark(new PrintStream(bytes, true, StandardCharsets.UTF_8), 2).run();
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(List.of(1, 2), convThreads(lines), String.join("\n", lines));
    }

    @Test
    void withoutOnnxRuntimesJarTheComparisonSaysHowToGetIt() {
        String before = System.getProperty(OnnxRuntimeJar.JAR_PROPERTY);
        System.setProperty(OnnxRuntimeJar.JAR_PROPERTY, "no-such-folder/onnxruntime.jar");
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            new OnnxComparisonBenchmark(new PrintStream(bytes, true, StandardCharsets.UTF_8), 1).run();
            assertEquals(
                    "predict-onnx onnxruntime=absent get_it_with=\"mvn dependency:get -Dartifact="
                            + OnnxRuntimeJar.coordinates() + "\" or set NN_ONNXRUNTIME_JAR",
                    bytes.toString(StandardCharsets.UTF_8).strip());
            assertTrue(OnnxRuntimeJar.coordinates()
                    .matches("com\\.microsoft\\.onnxruntime:onnxruntime:\\d+\\.\\d+\\.\\d+"));
        } finally {
            System.setProperty(OnnxRuntimeJar.JAR_PROPERTY, before);
        }
    }

    @Test
    void helpSaysWhatTheConvFigureCounts() {
        NnHarness nn = new NnHarness();
        assertEquals(0, nn.run("bench", "--help"));
        String help = nn.out().replaceAll("\\s+", " ");
        assertTrue(help.contains("conv forward+backward GFLOP/s"), nn.out());
        assertTrue(help.contains("2 FLOPs per multiply-add, times 3"), nn.out());
        assertTrue(help.contains("predict latency of one row (µs) and throughput of batches of 64 (rows/s)"), nn.out());
        assertTrue(
                help.contains("784-W-10 (W = 128, 512, 2048; batch 64) and 784-128-64-10 (batch 32, 256)"), nn.out());
        assertTrue(!help.contains("--epoch-rows"), nn.out());
    }

    /** The rows and threads of every predict line, each with a positive figure in its unit (µs for one row, rows/s for a batch). */
    private static List<String> predictLines(List<String> lines) {
        List<String> found = new ArrayList<>();
        Pattern predict = Pattern.compile(
                "predict model=784-128-64-10 (rows=(\\d+) threads=\\d+) (microseconds|rows_per_s)=(\\d+(?:\\.\\d)?)");
        for (String line : lines) {
            if (!line.startsWith("predict ")) continue;
            Matcher m = predict.matcher(line);
            assertTrue(m.matches(), "unexpected predict line: " + line);
            assertEquals(m.group(2).equals("1") ? "microseconds" : "rows_per_s", m.group(3), line);
            assertTrue(Double.parseDouble(m.group(4)) > 0, line);
            found.add(m.group(1));
        }
        return found;
    }

    /** The rows and threads of every ONNX comparison line; both figures positive, both sides agreeing to 1e-5. */
    private static List<String> onnxLines(List<String> lines) {
        List<String> found = new ArrayList<>();
        for (String line : lines) {
            if (!line.startsWith("predict-onnx ")) continue;
            Matcher m = ONNX_LINE.matcher(line);
            assertTrue(m.matches(), "unexpected predict-onnx line: " + line);
            assertEquals(m.group(1).equals("1") ? "microseconds" : "rows_per_s", m.group(3), line);
            assertTrue(Double.parseDouble(m.group(4)) > 0, line);
            assertTrue(Double.parseDouble(m.group(5)) > 0, line);
            assertTrue(Double.parseDouble(m.group(6)) <= 1e-5, line);
            found.add("rows=" + m.group(1) + " threads=" + m.group(2));
        }
        return found;
    }

    /**
     * The model and batch of every epoch line, in order; each must match {@link #EPOCH_LINE} with
     * the given threads and rows and positive seconds.
     */
    private static List<String> epochConfigurations(List<String> lines, int threads, int rows) {
        List<String> configurations = new ArrayList<>();
        for (String line : lines) {
            if (!line.startsWith("epoch ")) continue;
            Matcher m = EPOCH_LINE.matcher(line);
            assertTrue(m.matches(), "unexpected epoch line: " + line);
            assertEquals(threads, Integer.parseInt(m.group(3)), line);
            assertEquals(rows, Integer.parseInt(m.group(4)), line);
            assertTrue(Double.parseDouble(m.group(5)) > 0, line);
            configurations.add(m.group(1) + " " + m.group(2));
        }
        return configurations;
    }

    /** The thread count of every conv line, each of which must match {@link #CONV_LINE} with a positive figure. */
    private static List<Integer> convThreads(List<String> lines) {
        List<Integer> threads = new ArrayList<>();
        for (String line : lines) {
            if (!line.startsWith("conv ")) continue;
            Matcher m = CONV_LINE.matcher(line);
            assertTrue(m.matches(), "unexpected conv line: " + line);
            assertTrue(Double.parseDouble(m.group(2)) > 0, line);
            threads.add(Integer.parseInt(m.group(1)));
        }
        return threads;
    }
}
