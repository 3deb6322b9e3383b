package dev.neurona.spark;

import dev.neurona.runtime.linalg.MatMul;
import org.apache.spark.api.java.function.Function;

/**
 * Runs on the executors before any training: it is one of Neurona's classes, so an executor
 * that cannot load them fails here, and it reports the matmul kernel the executor would use.
 */
final class ExecutorProbe implements Function<Integer, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public String call(Integer ignored) {
        return MatMul.kernelName();
    }
}
