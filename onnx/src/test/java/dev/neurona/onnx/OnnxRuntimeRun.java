package dev.neurona.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.HashMap;
import java.util.Map;

/** Runs an exported graph in ONNX Runtime: the reference every export is compared with. */
final class OnnxRuntimeRun implements AutoCloseable {
    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final Map<String, OnnxTensor> inputs = new HashMap<>();

    OnnxRuntimeRun(byte[] model) throws OrtException {
        session = environment.createSession(model, new OrtSession.SessionOptions());
    }

    /** Sets the input {@code name} to {@code rows × (values / rows)} floats. */
    OnnxRuntimeRun floats(String name, float[] values, int rows) throws OrtException {
        inputs.put(name, OnnxTensor.createTensor(environment, FloatBuffer.wrap(values), new long[] {
            rows, values.length / rows
        }));
        return this;
    }

    /** Sets the input {@code name} to {@code rows × (values / rows)} strings. */
    OnnxRuntimeRun strings(String name, String[] values, int rows) throws OrtException {
        inputs.put(name, OnnxTensor.createTensor(environment, values, new long[] {rows, values.length / rows}));
        return this;
    }

    /** The graph's one output, row-major. */
    float[] run(String output) throws OrtException {
        try (OrtSession.Result result = session.run(inputs)) {
            float[][] rows = (float[][]) result.get(output).orElseThrow().getValue();
            float[] flat = new float[rows.length * rows[0].length];
            for (int r = 0; r < rows.length; r++)
                System.arraycopy(rows[r], 0, flat, r * rows[0].length, rows[0].length);
            return flat;
        }
    }

    @Override
    public void close() throws OrtException {
        for (OnnxTensor t : inputs.values()) t.close();
        session.close();
    }

    /** The largest |a − b| over two arrays of the same length. */
    static double maxAbsDiff(float[] a, float[] b) {
        if (a.length != b.length) throw new AssertionError("lengths differ: " + a.length + " and " + b.length);
        double max = 0;
        for (int i = 0; i < a.length; i++) max = Math.max(max, Math.abs((double) a[i] - b[i]));
        return max;
    }
}
