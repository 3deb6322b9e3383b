package dev.neurona.cli.bench;

import dev.neurona.runtime.data.CsvLoader;
import dev.neurona.runtime.data.DataOptions;
import dev.neurona.runtime.data.Dataset;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * {@code nn bench}'s loading figure: rows and megabytes per second of {@link CsvLoader#load} (types
 * inferred, the text label coded, the features as floats) on a generated table shaped like issue
 * 22's ({@code bench/peers/make_table.py}): 20 numbers printed with 7 significant digits, some
 * with an exponent or a leading {@code +}, and a label of five words. The loader splits rows on a
 * second thread, whatever {@code --threads} says.
 */
public final class LoadBenchmark {
    /** 100,000 rows: about 21 MB, a table a first project meets. */
    static final int ROWS = 100_000;

    private static final int COLUMNS = 20;
    private static final String[] LABELS = {"alpha", "bravo", "charlie", "delta", "echo"};
    private static final long MEASURE_NANOS = 400_000_000L;

    private final PrintStream out;

    public LoadBenchmark(PrintStream out) {
        this.out = out;
    }

    public void run() {
        Path file = null;
        try {
            file = Files.createTempFile("nn-bench-load", ".csv");
            write(file, ROWS);
            long bytes = Files.size(file);
            Path table = file;
            int[] rows = {0};
            double seconds = MedianTime.seconds(
                    () -> {
                        Dataset data = CsvLoader.load(table, DataOptions.defaults());
                        rows[0] = data.rows();
                    },
                    MEASURE_NANOS);
            out.printf(
                    Locale.ROOT,
                    "load rows=%d columns=%d mb=%.1f seconds=%.3f rows_per_s=%.0f mb_per_s=%.1f%n",
                    rows[0],
                    COLUMNS + 1,
                    bytes / 1e6,
                    seconds,
                    rows[0] / seconds,
                    bytes / 1e6 / seconds);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // a temporary file left behind is no reason to fail the figures
                }
            }
        }
    }

    /** The table, seeded, so each run loads the same bytes. */
    static void write(Path file, int rows) throws IOException {
        SplittableRandom random = new SplittableRandom(22);
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int c = 1; c <= COLUMNS; c++) writer.write("x" + c + ",");
            writer.write("label\n");
            StringBuilder line = new StringBuilder();
            for (int r = 0; r < rows; r++) {
                line.setLength(0);
                double score = 0;
                for (int c = 0; c < COLUMNS; c++) {
                    double x = random.nextGaussian() * (c == 3 ? 1e-4 : 1);
                    score += x * (c % 5 - 2);
                    if (c == 5 && x > 0) {
                        line.append('+');
                    }
                    line.append(String.format(Locale.ROOT, c == 3 ? "%.6e" : "%.7g", x))
                            .append(',');
                }
                line.append(LABELS[Math.floorMod((int) Math.floor(score), LABELS.length)])
                        .append('\n');
                writer.append(line);
            }
        }
    }
}
