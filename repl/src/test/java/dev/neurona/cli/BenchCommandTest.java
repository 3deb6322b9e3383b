package dev.neurona.cli;

import dev.neurona.cli.bench.ConvBenchmark;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchCommandTest {
    /** The conv line, its threads and its figure; 32·16·3·3·14·14 multiply-adds per example, times the batch of 32. */
    private static final Pattern CONV_LINE = Pattern.compile(
            "conv shape=16x14x14->32x14x14 kernel=3x3 padding=same activation=relu batch=32 impl=neurona "
                    + "threads=(\\d+) madds=28901376 counted=2\\*madds\\*3\\(forward,input_grad,weight_grad\\) "
                    + "gflops=(\\d+\\.\\d)");

    @Test
    void benchEndsWithTheConvLine() {
        NnHarness nn = new NnHarness();
        assertEquals(0, nn.run("bench", "--threads", "1"));
        List<String> lines = nn.out().lines().toList();
        assertTrue(lines.get(0).startsWith("kernel "), nn.out());
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("matmul ")), nn.out());
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("train ")), nn.out());
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
    void helpSaysWhatTheConvFigureCounts() {
        NnHarness nn = new NnHarness();
        assertEquals(0, nn.run("bench", "--help"));
        String help = nn.out().replaceAll("\\s+", " ");
        assertTrue(help.contains("conv forward+backward GFLOP/s"), nn.out());
        assertTrue(help.contains("2 FLOPs per multiply-add, times 3"), nn.out());
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
