package dev.neurona.cli.bench;

/**
 * One ONNX Runtime session over an exported model, seen through JDK types only: the class behind it
 * ({@link OrtSessionRunner}) lives in a class loader of its own with ONNX Runtime's jar, which the
 * {@code nn} jar does not carry.
 */
public interface OnnxRuntimeRunner extends AutoCloseable {

    /** The outputs of the graph's first output for {@code count} rows of its one input, row-major. */
    float[] run(float[] rows, int count);

    /** ONNX Runtime's version, as it reports it. */
    String version();

    @Override
    void close();
}
