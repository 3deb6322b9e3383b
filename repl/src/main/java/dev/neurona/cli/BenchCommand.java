package dev.neurona.cli;

import dev.neurona.cli.bench.ConvBenchmark;
import dev.neurona.cli.bench.EpochBenchmark;
import dev.neurona.cli.bench.MachineBenchmark;
import dev.neurona.cli.bench.OnnxComparisonBenchmark;
import dev.neurona.cli.bench.PredictBenchmark;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code nn bench [--threads N]}: measures this machine's matmul, training, epoch, prediction and convolution speed. */
@Command(
        name = "bench",
        description = "Measure this machine: matmul GFLOP/s at the shapes training uses, against EJML, "
                + "training throughput (samples/s), CSV loading of a generated 100,000-row table (rows/s, MB/s), seconds of one Adam epoch on 60,000 random 28x28 images "
                + "for 784-W-10 (W = 128, 512, 2048; batch 64) and 784-128-64-10 (batch 32, 256), "
                + "predict latency of one row (µs) and throughput of batches of 64 (rows/s) for 784-128-64-10, "
                + "the same from raw pixels, ours against ONNX Runtime's on the exported file (its jar taken "
                + "from the local Maven repository or NN_ONNXRUNTIME_JAR), and "
                + "conv forward+backward GFLOP/s at a layer of "
                + "samples/cnn.nn (2 FLOPs per multiply-add, times 3 for the forward, input-gradient and "
                + "weight-gradient products). One line per figure.")
final class BenchCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    private HelpOption help;

    @Option(
            names = "--threads",
            paramLabel = "N",
            defaultValue = "0",
            description = "Threads for the multithreaded figures; 0 (the default) for one per core.")
    private int threads;

    /** Fewer rows for the epoch figures than Fashion-MNIST's 60,000, so that a test of the output stays quick. */
    @Option(names = "--epoch-rows", paramLabel = "N", defaultValue = "" + EpochBenchmark.ROWS, hidden = true)
    private int epochRows;

    BenchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        new MachineBenchmark(context.out(), n).run();
        new EpochBenchmark(context.out(), n, epochRows).run();
        new PredictBenchmark(context.out(), n).run();
        new OnnxComparisonBenchmark(context.out(), n).run();
        new ConvBenchmark(context.out(), n).run();
        return 0;
    }
}
