package dev.neurona.bench;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.neurona.runtime.data.CsvLoader;
import dev.neurona.runtime.data.DataOptions;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Which CSV parser and number parser the loader should use, by measurement: 50,000 rows of the
 * issue-22 table (20 numbers in float32 precision, some with exponents or a leading '+', and a
 * text label; about 10 MB) already in memory as characters, every number cell parsed to a double.
 * Scores are milliseconds per table.
 *
 * <ul>
 *   <li>{@code commonsCsvRegex}: what the loader did before: Commons CSV records, the regular
 *       expression asking whether a cell is a number, {@code Double.parseDouble}.</li>
 *   <li>{@code commonsCsvFastDouble}, {@code fastCsvFastDouble}: Commons CSV or FastCSV records,
 *       a scan of the cell's syntax, FastDoubleParser on the cell's characters.</li>
 *   <li>{@code handRolledFastDouble}: a split over the character buffer that makes no String for
 *       a number cell, the same scan and FastDoubleParser.</li>
 *   <li>{@code loaderLoad}: {@link CsvLoader#load} of the same table from a file, end to end
 *       (decoding, typing, encoding).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx1g"})
public class CsvParseBenchmark {
    private static final int ROWS = 50_000;
    private static final int NUMBERS = 20;
    private static final String[] LABELS = {"alpha", "bravo", "charlie", "delta", "echo"};
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private char[] table;
    private Path file;

    @Setup(Level.Trial)
    public void makeTable() throws IOException {
        SplittableRandom random = new SplittableRandom(22);
        StringBuilder text = new StringBuilder(ROWS * 220);
        for (int c = 1; c <= NUMBERS; c++) text.append('x').append(c).append(',');
        text.append("label\n");
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < NUMBERS; c++) {
                float value = (float) (nextGaussian(random) * (c == 3 ? 1e-4 : 1));
                if (c == 5 && value >= 0) text.append('+');
                text.append(value).append(',');
            }
            text.append(LABELS[random.nextInt(LABELS.length)]).append('\n');
        }
        table = text.toString().toCharArray();
        file = Files.createTempFile("csv-parse-benchmark", ".csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @TearDown(Level.Trial)
    public void removeFile() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public double commonsCsvRegex() throws IOException {
        double sum = 0;
        try (CSVParser parser = CSVParser.parse(reader(), CSVFormat.RFC4180)) {
            for (CSVRecord record : parser) {
                for (int c = 0; c < NUMBERS; c++) {
                    String cell = record.get(c).trim();
                    if (NUMBER.matcher(cell).matches()) sum += Double.parseDouble(cell);
                }
            }
        }
        return sum;
    }

    @Benchmark
    public double commonsCsvFastDouble() throws IOException {
        double sum = 0;
        try (CSVParser parser = CSVParser.parse(reader(), CSVFormat.RFC4180)) {
            for (CSVRecord record : parser) {
                for (int c = 0; c < NUMBERS; c++) sum += number(record.get(c));
            }
        }
        return sum;
    }

    @Benchmark
    public double fastCsvFastDouble() throws IOException {
        double sum = 0;
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(reader())) {
            for (CsvRecord record : csv) {
                for (int c = 0; c < NUMBERS; c++) sum += number(record.getField(c));
            }
        }
        return sum;
    }

    /** Unquoted cells only, which is all this table has: the best a split over the buffer can do. */
    @Benchmark
    public double handRolledFastDouble() {
        double sum = 0;
        char[] chars = table;
        int at = 0;
        while (at < chars.length && chars[at] != '\n') at++;
        at++;
        while (at < chars.length) {
            for (int c = 0; c <= NUMBERS; c++) {
                int start = at;
                while (at < chars.length && chars[at] != ',' && chars[at] != '\n') at++;
                if (c < NUMBERS && isNumber(chars, start, at))
                    sum += JavaDoubleParser.parseDouble(chars, start, at - start);
                at++;
            }
        }
        return sum;
    }

    @Benchmark
    public int loaderLoad() {
        return CsvLoader.load(file, DataOptions.defaults()).rows();
    }

    private Reader reader() {
        return new CharArrayReader(table);
    }

    private static double number(String cell) {
        String text = cell.trim();
        char[] chars = text.toCharArray();
        return isNumber(chars, 0, chars.length) ? JavaDoubleParser.parseDouble(text) : 0;
    }

    /** The contract's number syntax, {@code [+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?}, without a regex. */
    private static boolean isNumber(char[] chars, int start, int end) {
        int at = start;
        if (at < end && (chars[at] == '+' || chars[at] == '-')) at++;
        int digits = 0;
        while (at < end && isDigit(chars[at])) {
            at++;
            digits++;
        }
        if (at < end && chars[at] == '.') {
            at++;
            while (at < end && isDigit(chars[at])) {
                at++;
                digits++;
            }
        }
        if (digits == 0) return false;
        if (at < end && (chars[at] == 'e' || chars[at] == 'E')) {
            at++;
            if (at < end && (chars[at] == '+' || chars[at] == '-')) at++;
            int exponent = 0;
            while (at < end && isDigit(chars[at])) {
                at++;
                exponent++;
            }
            if (exponent == 0) return false;
        }
        return at == end;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static double nextGaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
