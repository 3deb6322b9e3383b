package dev.neurona.cli.bench;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.Map;

/**
 * {@link OnnxRuntimeRunner} on ONNX Runtime's Java API. Compiled against it, never loaded by the
 * application's class loader: {@link OnnxRuntimeJar} defines it next to the runtime's jar.
 */
final class OrtSessionRunner implements OnnxRuntimeRunner {
    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final String input;
    private final int width;

    /** A session over {@code file} computing on {@code threads} threads, with the input's width. */
    OrtSessionRunner(String file, int threads, int width) throws OrtException {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            this.session = environment.createSession(file, options);
        }
        this.input = session.getInputNames().iterator().next();
        this.width = width;
    }

    @Override
    public float[] run(float[] rows, int count) {
        try (OnnxTensor tensor = OnnxTensor.createTensor(
                        environment, FloatBuffer.wrap(rows, 0, count * width), new long[] {count, width});
                OrtSession.Result result = session.run(Map.of(input, tensor))) {
            float[][] out = (float[][]) result.get(0).getValue();
            float[] flat = new float[out.length * out[0].length];
            for (int r = 0; r < out.length; r++) System.arraycopy(out[r], 0, flat, r * out[0].length, out[0].length);
            return flat;
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed: " + e.getMessage(), e);
        }
    }

    @Override
    public String version() {
        return environment.getVersion();
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed to close a session: " + e.getMessage(), e);
        }
    }
}
