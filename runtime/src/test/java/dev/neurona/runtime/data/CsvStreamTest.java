package dev.neurona.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A streamed data set read in file order gives exactly the rows of the loaded one, bit for bit,
 * with the same shape, preprocessing and messages; its split, limit and shuffle buffer do what
 * the language says, the same on every run.
 */
class CsvStreamTest {
    @TempDir
    Path dir;

    private int files;

    private Path csv(String text) throws IOException {
        return Files.writeString(dir.resolve("t" + files++ + ".csv"), text, StandardCharsets.UTF_8);
    }

    /** Numbers, a text column, a missing cell or two, and a text class. */
    private static String table(int rows) {
        StringBuilder text = new StringBuilder("a,colour,b,label\n");
        SplittableRandom random = new SplittableRandom(3);
        for (int r = 0; r < rows; r++) {
            String b = r % 97 == 5 ? "NA" : String.valueOf(random.nextInt(-50, 50) / 8.0);
            text.append(random.nextDouble() * 10)
                    .append(',')
                    .append(new String[] {"red", "blue", "green"}[random.nextInt(3)])
                    .append(',')
                    .append(b)
                    .append(',')
                    .append(random.nextBoolean() ? "yes" : "no")
                    .append('\n');
            if (r % 50 == 7) text.append('\n');
        }
        return text.toString();
    }

    private record Rows(float[] features, int[] labels, float[] targets) {}

    private static Rows read(StreamedDataset data, int batch, SplittableRandom random) {
        int width = data.width();
        float[] features = new float[data.rows() * width];
        int[] labels = data.task() == Task.CLASSIFICATION ? new int[data.rows()] : null;
        float[] targets = labels == null ? new float[data.rows()] : null;
        int at = 0;
        try (StreamBatches batches = data.batches(batch, random)) {
            while (batches.hasNext()) {
                Batch b = batches.next();
                assertTrue(b.rows() <= batch);
                System.arraycopy(b.features(), 0, features, at * width, b.rows() * width);
                if (labels != null) System.arraycopy(b.labels(), 0, labels, at, b.rows());
                else System.arraycopy(b.targets(), 0, targets, at, b.rows());
                at += b.rows();
            }
        }
        assertEquals(data.rows(), at);
        return new Rows(features, labels, targets);
    }

    private static void assertSameAsLoaded(Path file, DataOptions options) {
        Dataset loaded = DataPipeline.prepare(CsvLoader.load(file, options), options, "t", 1)
                .all();
        StreamedDataset streamed = CsvStream.open(
                        file, options.toBuilder().stream(true).build(), "t", 1)
                .all();
        assertEquals(loaded.schema(), streamed.schema());
        assertEquals(loaded.preprocessing(), streamed.preprocessing());
        assertEquals(loaded.rows(), streamed.rows());
        assertArrayEquals(loaded.classCounts(), streamed.classCounts());
        Rows rows = read(streamed, 7, null);
        assertArrayEquals(loaded.features(), rows.features());
        assertArrayEquals(loaded.labels(), rows.labels());
        assertArrayEquals(loaded.targets(), rows.targets());
    }

    @Test
    void inFileOrderTheRowsAreTheLoadedRowsBitForBit() throws IOException {
        Path file = csv(table(1000));
        assertSameAsLoaded(
                file, DataOptions.builder().missing(MissingPolicy.MEAN).build());
        assertSameAsLoaded(
                file,
                DataOptions.builder()
                        .missing(MissingPolicy.DROP)
                        .normalize(Normalization.MINMAX)
                        .build());
        assertSameAsLoaded(
                file,
                DataOptions.builder()
                        .missing(MissingPolicy.MEAN)
                        .normalize(Normalization.MINMAX)
                        .scale(0.5)
                        .build());
        assertSameAsLoaded(
                file,
                DataOptions.builder()
                        .missing(MissingPolicy.DROP)
                        .target("b")
                        .ignore("label")
                        .build());
    }

    @Test
    void numberClassesAndATextColumnWithNumbersAsTheLoadedOnes() throws IOException {
        assertSameAsLoaded(csv("x,kind,y\n1,a,007\n2,b,7\n3,3,1.50\n4,c,1.5\n5,a,-0\n"), DataOptions.defaults());
    }

    @Test
    void standardStatisticsAgreeWithTheLoadedOnesToRounding() throws IOException {
        Path file = csv(table(2000));
        DataOptions options = DataOptions.builder()
                .missing(MissingPolicy.MEAN)
                .normalize(Normalization.STANDARD)
                .build();
        Dataset loaded = DataPipeline.prepare(CsvLoader.load(file, options), options, "t", 1)
                .all();
        StreamedDataset streamed = CsvStream.open(
                        file, options.toBuilder().stream(true).build(), "t", 1)
                .all();
        Rows rows = read(streamed, 64, null);
        for (int i = 0; i < rows.features().length; i++) assertEquals(loaded.features()[i], rows.features()[i], 1e-5);
        float[] shift = streamed.preprocessing().shift();
        float[] scale = streamed.preprocessing().scale();
        for (int j = 0; j < shift.length; j++) {
            assertEquals(loaded.preprocessing().shift()[j], shift[j], 1e-6 * Math.max(1, Math.abs(shift[j])));
            assertEquals(loaded.preprocessing().scale()[j], scale[j], 1e-6 * Math.abs(scale[j]));
        }
    }

    @Test
    void aGzipFileIsStreamedFromItsBytes() throws IOException {
        String text = table(500);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        Path gz = Files.write(dir.resolve("plain-name.csv"), bytes.toByteArray());
        DataOptions options =
                DataOptions.builder().missing(MissingPolicy.MEAN).stream(true).build();
        Rows fromGzip = read(CsvStream.open(gz, options, "t", 1).all(), 32, null);
        Rows fromText = read(CsvStream.open(csv(text), options, "t", 1).all(), 32, null);
        assertArrayEquals(fromText.features(), fromGzip.features());
        assertArrayEquals(fromText.labels(), fromGzip.labels());
    }

    @Test
    void limitStopsReadingAfterThatManyKeptRows() throws IOException {
        Path file = csv(table(1000));
        DataOptions options = DataOptions.builder().missing(MissingPolicy.DROP).build();
        Dataset loaded = CsvLoader.load(file, options);
        StreamedDataset limited = CsvStream.open(
                        file, options.toBuilder().stream(true).limit(123).build(), "t", 1)
                .all();
        assertEquals(123, limited.rows());
        Rows rows = read(limited, 10, null);
        assertArrayEquals(Arrays.copyOf(loaded.features(), 123 * loaded.width()), rows.features());
        assertArrayEquals(Arrays.copyOf(loaded.labels(), 123), rows.labels());
    }

    @Test
    void theSplitPutsEachRowInOnePartBySeededHashTheSameOnEveryRun() throws IOException {
        Path file = csv("i,label\n"
                + String.join(
                        "",
                        java.util.stream.IntStream.range(0, 5000)
                                .mapToObj(i -> i + "," + (i % 2) + "\n")
                                .toList()));
        DataOptions options = DataOptions.builder().stream(true)
                .split(new SplitPart("train", 0.8), new SplitPart("test", 0.2))
                .build();
        StreamedData data = CsvStream.open(file, options, "d", 11);
        Set<Float> train = values(read(data.part("train"), 100, null));
        Set<Float> test = values(read(data.part("test"), 100, null));
        assertEquals(5000, train.size() + test.size());
        assertTrue(train.stream().noneMatch(test::contains));
        assertEquals(4000, train.size(), 120, "about 80% of the rows");
        assertEquals(data.part("train").rows(), train.size());
        int[] counts = data.part("train").classCounts();
        assertEquals(train.size(), counts[0] + counts[1]);

        assertEquals(
                train,
                values(read(CsvStream.open(file, options, "d", 11).part("train"), 64, null)),
                "same seed, same rows");
        assertNotEquals(
                train, values(read(CsvStream.open(file, options, "d", 12).part("train"), 64, null)));
    }

    private static Set<Float> values(Rows rows) {
        Set<Float> values = new HashSet<>();
        for (float f : rows.features()) values.add(f);
        return values;
    }

    @Test
    void theShuffleBufferGivesASeededPermutationOfTheRows() throws IOException {
        Path file = csv("i,label\n"
                + String.join(
                        "",
                        java.util.stream.IntStream.range(0, 3000)
                                .mapToObj(i -> i + "," + (i % 3) + "\n")
                                .toList()));
        StreamedDataset data = CsvStream.open(
                        file,
                        DataOptions.builder().stream(true).shuffleBuffer(500).build(),
                        "d",
                        1)
                .all();
        Rows inOrder = read(data, 32, null);
        Rows shuffled = read(data, 32, new SplittableRandom(5));
        Rows again = read(data, 32, new SplittableRandom(5));
        assertArrayEquals(shuffled.features(), again.features());
        assertArrayEquals(shuffled.labels(), again.labels());
        assertNotEquals(Arrays.toString(inOrder.features()), Arrays.toString(shuffled.features()));
        float[] sorted = shuffled.features().clone();
        Arrays.sort(sorted);
        assertArrayEquals(inOrder.features(), sorted, "every row exactly once");
        for (int r = 0; r < 3000; r++)
            assertEquals((int) shuffled.features()[r] % 3, shuffled.labels()[r], "labels travel with their rows");
        // A buffer of 500 rows cannot move a row far ahead of where the file has it.
        for (int r = 0; r < 3000; r++) assertTrue(shuffled.features()[r] < r + 500, "row " + r);
    }

    @Test
    void badRowsAreReportedAsTheLoaderReportsThem() throws IOException {
        for (String text : List.of(
                "a,b,label\n1,2,x\n3,oops,y\n4,5,x\n6,7,y\n",
                "a,b,label\n1,2,x\n3,,y\n",
                "a,b,label\n1,2,x\n3,4\n",
                "a,b,label\n1,2,x\n3,4,\"y\n",
                "a,b,y\n1,2,0.5\n3,4,high\n5,6,0.25\n",
                "a,b,label\n1,1e39,x\n")) {
            Path file = csv(text);
            DataOptions options = text.contains("high")
                    ? DataOptions.builder().task(Task.REGRESSION).build()
                    : DataOptions.defaults();
            String loaded = assertThrows(DataException.class, () -> CsvLoader.load(file, options))
                    .getMessage();
            String message = assertThrows(
                            DataException.class,
                            () -> CsvStream.open(
                                    file, options.toBuilder().stream(true).build(), "d", 1))
                    .getMessage();
            assertEquals(loaded, message, text);
            assertTrue(message.startsWith(file + ":"), message);
        }
    }

    @Test
    void aRowThatChangedAfterTheFirstPassStopsThePassNamingItsLineAndColumn() throws IOException {
        Path file = csv("a,colour,label\n1,red,x\n2,blue,y\n3,red,x\n");
        StreamedDataset data = CsvStream.open(
                        file, DataOptions.builder().stream(true).build(), "d", 1)
                .all();
        Files.writeString(file, "a,colour,label\n1,red,x\n2,mauve,y\n3,red,x\n");
        DataException e = assertThrows(DataException.class, () -> read(data, 2, null));
        assertEquals(
                file
                        + ":3:2: column 'colour' holds 'mauve', a category the first pass did not see; the file changed after its first pass",
                e.getMessage());
        Files.writeString(file, "a,colour,label\n1,red,x\n2,blue,y\n");
        assertTrue(assertThrows(DataException.class, () -> read(data, 2, null))
                .getMessage()
                .contains("gave 2 rows in this pass but 3"));
    }

    @Test
    void optionsOutOfRangeAreRefused() {
        assertThrows(
                DataException.class,
                () -> DataOptions.builder().shuffleBuffer(0).build());
        assertThrows(DataException.class, () -> DataOptions.builder()
                .shuffleBuffer(DataOptions.MAX_SHUFFLE_BUFFER + 1)
                .build());
        assertEquals(10_000, DataOptions.defaults().shuffleBuffer());
    }
}
