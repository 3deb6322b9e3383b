/**
 * Benchmarks, outside the test run: JMH benchmarks of the matrix product, a training step and CSV
 * parsing ({@code MatMulBenchmark}, {@code TrainingStepBenchmark}, {@code CsvParseBenchmark}), the
 * latency of an exported ONNX graph, and whole training runs timed epoch by epoch ({@code
 * CnnEpochs}, {@code FashionMnistEpochs}) whose figures {@code GflopsReport} turns into GFLOP/s.
 */
@NullMarked
package dev.neurona.bench;

import org.jspecify.annotations.NullMarked;
