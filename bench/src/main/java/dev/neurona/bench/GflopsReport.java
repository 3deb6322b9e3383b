package dev.neurona.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link MatMulBenchmark} and prints GFLOP/s per shape and engine. Takes JMH's usual
 * options, e.g. {@code -wi 2 -i 3 -f 1}, or {@code -p shape=LAYER_FORWARD} for one shape.
 */
public final class GflopsReport {
    private GflopsReport() {}

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        CommandLineOptions cli = new CommandLineOptions(args);
        ChainedOptionsBuilder options = new OptionsBuilder().parent(cli);
        if (cli.getIncludes().isEmpty()) options.include(MatMulBenchmark.class.getName() + ".multiply");
        List<RunResult> results = new ArrayList<>(new Runner(options.build()).run());
        print(results);
    }

    private static void print(Collection<RunResult> results) {
        List<RunResult> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparing((RunResult r) -> shape(r).ordinal())
                .thenComparing(r -> engine(r).ordinal()));
        System.out.println();
        System.out.printf("%-22s %-20s %12s %10s%n", "shape", "engine", "µs/product", "GFLOP/s");
        for (RunResult result : sorted) {
            double micros = result.getPrimaryResult().getScore();
            double gflops = shape(result).flops() / (micros * 1e3);
            System.out.printf("%-22s %-20s %12.1f %10.1f%n", shape(result), engine(result), micros, gflops);
        }
    }

    private static MatMulBenchmark.Shape shape(RunResult result) {
        return MatMulBenchmark.Shape.valueOf(result.getParams().getParam("shape"));
    }

    private static MatMulBenchmark.Engine engine(RunResult result) {
        return MatMulBenchmark.Engine.valueOf(result.getParams().getParam("engine"));
    }
}
