package dev.neurona.cli;

import dev.neurona.cli.bench.ConvBenchmark;
import dev.neurona.cli.bench.MachineBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code nn bench [--threads N]}: measures this machine's matmul, convolution and training speed. */
@Command(name = "bench",
        description = "Measure this machine: matmul GFLOP/s at the shapes training uses, against EJML, "
                + "training throughput (samples/s), and conv forward+backward GFLOP/s at a layer of "
                + "samples/cnn.nn (2 FLOPs per multiply-add, times 3 for the forward, input-gradient and "
                + "weight-gradient products). One line per figure.")
final class BenchCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    private HelpOption help;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Threads for the multithreaded figures; 0 (the default) for one per core.")
    private int threads;

    BenchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        new MachineBenchmark(context.out(), n).run();
        new ConvBenchmark(context.out(), n).run();
        return 0;
    }
}
