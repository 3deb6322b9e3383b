package dev.neurona.samples.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes {@code samples/data/students.csv}: 400 made-up students, their study habits and whether
 * they passed. The rule, plus noise, is
 * <pre>
 *   score = 0.8·study_hours + 0.5·sleep_hours + 0.25·lectures + 0.9·practice_tests
 *           + {none: 0, some: 0.5, lots: −0.5}[coffee] − 11 + N(0, 1.2)
 *   result = pass if score > 0, else fail
 * </pre>
 * with study_hours uniform in [0, 12], sleep_hours in [4, 10], lectures an integer in [0, 12],
 * practice_tests an integer in [0, 5] and coffee one of none, some, lots.
 * Run it again to get the very same file: {@code java ... StudentsCsv samples/data/students.csv}.
 */
public final class StudentsCsv {
    private static final String[] COFFEE = {"none", "some", "lots"};
    private static final double[] COFFEE_EFFECT = {0, 0.5, -0.5};

    private StudentsCsv() {}

    public static void main(String[] args) {
        write(Path.of(args.length > 0 ? args[0] : "samples/data/students.csv"));
    }

    public static String generate() {
        SplittableRandom random = new SplittableRandom(2024);
        StringBuilder csv = new StringBuilder("study_hours,sleep_hours,lectures,practice_tests,coffee,result\n");
        for (int i = 0; i < 400; i++) {
            double study = round1(random.nextDouble(0, 12));
            double sleep = round1(random.nextDouble(4, 10));
            int lectures = random.nextInt(13);
            int tests = random.nextInt(6);
            int coffee = random.nextInt(3);
            double score = 0.8 * study
                    + 0.5 * sleep
                    + 0.25 * lectures
                    + 0.9 * tests
                    + COFFEE_EFFECT[coffee]
                    - 11
                    + random.nextGaussian() * 1.2;
            csv.append(String.format(
                    Locale.ROOT,
                    "%.1f,%.1f,%d,%d,%s,%s\n",
                    study,
                    sleep,
                    lectures,
                    tests,
                    COFFEE[coffee],
                    score > 0 ? "pass" : "fail"));
        }
        return csv.toString();
    }

    static void write(Path file) {
        try {
            Files.writeString(file, generate());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
