package dev.neurona.bench;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.neurona.onnx.OnnxExport;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.data.DataOptions;
import dev.neurona.runtime.data.DataPipeline;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.data.IdxArray;
import dev.neurona.runtime.data.IdxLoader;
import dev.neurona.runtime.data.IdxReader;
import dev.neurona.runtime.linalg.ComputePool;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.OptimizerSpec;
import dev.neurona.runtime.spec.TrainSpec;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Prediction speed of the MNIST MLP of {@code samples/mnist.nn} (784-128-64-10, dropout between),
 * ours against ONNX Runtime's on the file {@code export} writes, in one run: the latency of one raw
 * row (µs; raw pixels in, probabilities out, preprocessing included on both sides) and the
 * throughput of batches of 64 raw rows (rows/s), on 1 thread and on all cores. Each figure is the
 * median of 7 timed rounds after 3 of warm-up. The model is trained for one epoch on the shipped
 * digits (speed does not depend on how good it is); both sides are first checked to agree. Each
 * comparison runs twice and only the second is printed: ONNX Runtime's first session in a process
 * ran batches about 7 times slower than any later one (70 k against 490-600 k rows/s here), and our
 * side gets the same second chance.
 * <pre>{@code java --add-modules jdk.incubator.vector -cp bench/target/benchmarks.jar \
 *     dev.neurona.bench.OnnxPredictLatency [samples/data/mnist-10k]}</pre>
 * {@code nn bench} prints our figures alone: ONNX Runtime's native libraries would add tens of megabytes to the
 * nn jar, which needs none of them.
 */
public final class OnnxPredictLatency {
    private static final int ROUNDS = 7;
    private static final int BATCH = 64;
    private static final int WARMUP_ROUNDS = 3;

    private OnnxPredictLatency() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "samples/data/mnist-10k");
        IdxArray images = IdxReader.read(dir.resolve("test-images-idx3-ubyte.gz"));
        int width = images.itemSize();
        float[][] raw = new float[BATCH][width];
        double[][] rawDoubles = new double[BATCH][width];
        for (int r = 0; r < BATCH; r++) {
            for (int j = 0; j < width; j++) {
                raw[r][j] = images.values()[r * width + j] & 0xFF;
                rawDoubles[r][j] = raw[r][j];
            }
        }
        Path onnx = Files.createTempFile("mnist-mlp", ".onnx");
        Path saved = Files.createTempFile("mnist-mlp", ".nnm");
        try {
            train(dir).save(saved);
            OnnxExport.write(Model.load(saved), onnx);
            System.out.printf(
                    Locale.ROOT,
                    "MNIST MLP 784-128-64-10, %d cores, ONNX Runtime %s, opset %d%n",
                    Runtime.getRuntime().availableProcessors(),
                    OrtEnvironment.getEnvironment().getVersion(),
                    OnnxExport.OPSET);
            for (int threads : new int[] {1, Runtime.getRuntime().availableProcessors()}) {
                for (boolean shown : new boolean[] {false, true}) {
                    try (ComputePool pool = new ComputePool(threads)) {
                        String line = compare(Model.load(saved, pool), onnx, threads, raw, rawDoubles);
                        if (shown) System.out.println(line);
                    }
                }
            }
        } finally {
            Files.deleteIfExists(onnx);
            Files.deleteIfExists(saved);
        }
    }

    private static Model train(Path dir) {
        DataOptions pixels = DataOptions.builder().scale(1 / 255.0).build();
        Dataset digits = DataPipeline.prepare(
                        IdxLoader.load(
                                dir.resolve("train-images-idx3-ubyte.gz"), dir.resolve("train-labels-idx1-ubyte.gz")),
                        pixels,
                        "digits",
                        7)
                .all();
        Model model = Model.builder()
                .input(28, 28)
                .dense(128, ActivationSpec.RELU)
                .dropout(0.1)
                .dense(64, ActivationSpec.RELU)
                .dropout(0.1)
                .dense(10, ActivationSpec.SOFTMAX)
                .build(7);
        model.fit(
                digits,
                TrainSpec.builder()
                        .epochs(1)
                        .batchSize(32)
                        .optimizer(OptimizerSpec.adam(0.002))
                        .build());
        return model;
    }

    /** One line of figures: single-row latency and batch throughput, ours and ONNX Runtime's. */
    private static String compare(Model model, Path onnx, int threads, float[][] raw, double[][] rawDoubles)
            throws OrtException {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(threads);
        options.setInterOpNumThreads(1);
        int width = raw[0].length;
        float[] batch = new float[BATCH * width];
        for (int r = 0; r < BATCH; r++) System.arraycopy(raw[r], 0, batch, r * width, width);
        try (OrtSession session = environment.createSession(onnx.toString(), options)) {
            double diff = maxAbsDiff(ours(model, rawDoubles), theirs(environment, session, batch, BATCH));
            long[] cursor = {0};
            double oursOne = median(() -> model.predict(rawDoubles[(int) (cursor[0]++ % BATCH)]), 2000);
            double theirsOne = median(() -> theirs(environment, session, raw[(int) (cursor[0]++ % BATCH)], 1), 2000);
            double oursBatch = median(() -> ours(model, rawDoubles), 200);
            double theirsBatch = median(() -> theirs(environment, session, batch, BATCH), 200);
            return String.format(
                    Locale.ROOT,
                    "%d thread%s: one row  ours %.1f µs  onnxruntime %.1f µs   "
                            + "batch 64  ours %,.0f rows/s  onnxruntime %,.0f rows/s   (max abs diff %.1e)",
                    threads,
                    threads == 1 ? " " : "s",
                    oursOne / 1e3,
                    theirsOne / 1e3,
                    BATCH * 1e9 / oursBatch,
                    BATCH * 1e9 / theirsBatch,
                    diff);
        }
    }

    /** Our probabilities for the raw rows: the model's preprocessing, then one forward pass of the batch. */
    private static float[] ours(Model model, double[][] rows) {
        return model.predict(rows);
    }

    private static float[] theirs(OrtEnvironment environment, OrtSession session, float[] rows, int count) {
        try (OnnxTensor input = OnnxTensor.createTensor(
                        environment, FloatBuffer.wrap(rows), new long[] {count, rows.length / count});
                OrtSession.Result result = session.run(Map.of("features", input))) {
            float[][] out = (float[][]) result.get(0).getValue();
            float[] flat = new float[out.length * out[0].length];
            for (int r = 0; r < out.length; r++) System.arraycopy(out[r], 0, flat, r * out[0].length, out[0].length);
            return flat;
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The median over {@link #ROUNDS} rounds of the nanoseconds one call takes, after {@link #WARMUP_ROUNDS} rounds of warm-up. */
    private static double median(Runnable call, int calls) {
        double[] perCall = new double[ROUNDS];
        for (int round = -WARMUP_ROUNDS; round < ROUNDS; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < calls; i++) call.run();
            if (round >= 0) perCall[round] = (System.nanoTime() - start) / (double) calls;
        }
        Arrays.sort(perCall);
        return perCall[ROUNDS / 2];
    }

    private static double maxAbsDiff(float[] a, float[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) max = Math.max(max, Math.abs((double) a[i] - b[i]));
        return max;
    }
}
