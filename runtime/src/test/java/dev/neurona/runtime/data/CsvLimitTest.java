package dev.neurona.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code limit N} holds no more than N rows of a CSV file ({@link RowLimit}): without
 * {@code shuffle} reading stops after the first N rows kept; with {@code shuffle} one pass holds
 * the N rows of smallest seeded rank, the rows the pipeline keeps of the whole file. Also run in a
 * 64 MB heap (the runtime's {@code small-heap} test run), where holding the whole of
 * {@link #bigFile} runs out of memory.
 */
class CsvLimitTest {
    @TempDir
    Path dir;

    /** Rows {@code id,x,label}: x = id / 10, label a for even ids, b for odd ones. */
    private Path table(String name, int rows, String after) throws IOException {
        StringBuilder text = new StringBuilder("id,x,label\n");
        for (int i = 0; i < rows; i++) {
            text.append(i)
                    .append(',')
                    .append(i / 10.0)
                    .append(',')
                    .append(i % 2 == 0 ? "a" : "b")
                    .append('\n');
        }
        return Files.writeString(dir.resolve(name), text.append(after), StandardCharsets.UTF_8);
    }

    private static DataOptions limit(int rows, boolean shuffle) {
        return DataOptions.builder().limit(rows).shuffle(shuffle).build();
    }

    /** The ids of the rows held, in the order held. */
    private static int[] ids(Dataset data) {
        int[] ids = new int[data.rows()];
        for (int r = 0; r < ids.length; r++) ids[r] = Math.round(data.features()[r * data.width()]);
        return ids;
    }

    @Test
    void withoutShuffleReadsNothingAfterTheFirstRows() throws IOException {
        // Row 6 is too wide and row 7 never closes its quote: read, either would be an error.
        Path file = table("t.csv", 5, "5,0.5,c,extra\n6,\"0.6,c\n");

        Dataset data = CsvLoader.load(file, limit(4, false), 1);

        assertArrayEquals(new int[] {0, 1, 2, 3}, ids(data));
        assertEquals(List.of("a", "b"), data.classNames());
        DataException whole = assertThrows(DataException.class, () -> CsvLoader.load(file, DataOptions.defaults()));
        assertEquals(file + ":7:4: this row has 4 cells but the header has 3", whole.getMessage());
    }

    @Test
    void withoutShuffleTheLimitCountsTheRowsTheMissingPolicyKeeps() throws IOException {
        Path file = Files.writeString(dir.resolve("m.csv"), "x,y\n1,a\nNA,b\n3,a\nNA,b\n5,a\n6,b\n");

        Dataset data = CsvLoader.load(
                file, DataOptions.builder().missing(MissingPolicy.DROP).limit(3).build(), 1);

        assertArrayEquals(new float[] {1, 3, 5}, data.features());
    }

    @Test
    void aMissingCellIsAnErrorInTheFirstRowsAndUnreadAfterThem() throws IOException {
        Path file = Files.writeString(dir.resolve("m.csv"), "x,y\n1,a\n2,b\nNA,a\n4,b\n");

        Dataset first = CsvLoader.load(file, limit(2, false), 1);
        DataException e = assertThrows(DataException.class, () -> CsvLoader.load(file, limit(3, false), 1));

        assertArrayEquals(new float[] {1, 2}, first.features());
        assertEquals(
                file + ":4:1: column 'x' has no value (empty or NA); use 'missing drop' or 'missing mean' to accept"
                        + " missing values",
                e.getMessage());
    }

    @Test
    void withShuffleHoldsTheRowsOfSmallestSeededRankInFileOrder() throws IOException {
        Path file = table("t.csv", 1_000, "");

        Dataset once = CsvLoader.load(file, limit(50, true), 42);
        Dataset other = CsvLoader.load(file, limit(50, true), 43);

        assertArrayEquals(RowLimit.kept(1_000, 50, true, 42), ids(once));
        assertFalse(Arrays.equals(ids(once), ids(other)), "another seed, another sample");
        for (int r = 0; r < once.rows(); r++) {
            assertEquals(ids(once)[r] % 2, once.labels()[r], "the label travels with its row");
        }
        assertTrue(Arrays.stream(ids(once)).anyMatch(id -> id >= 500), "rows from the whole file, not its start");
    }

    @Test
    void withShuffleTypesAndClassesComeFromTheWholeFile() throws IOException {
        // The only "c" is in the last row: the classes are those of the file, whichever rows are held.
        Path file = table("t.csv", 200, "200,20.0,c\n");

        Dataset data = CsvLoader.load(file, limit(5, true), 7);

        assertEquals(List.of("a", "b", "c"), data.classNames());
        assertEquals(5, data.rows());
    }

    @Test
    void thePipelineGivesWhatItGivesFromTheWholeFile() throws IOException {
        Path file = Files.writeString(dir.resolve("c.csv"), colouredTable(400));
        // Without shuffle the types come from the rows read: here every class and colour is in the first rows.
        for (boolean shuffle : new boolean[] {false, true}) {
            for (int limit : new int[] {37, 300, 400, 1_000}) {
                DataOptions options = DataOptions.builder()
                        .missing(MissingPolicy.DROP)
                        .shuffle(shuffle)
                        .limit(limit)
                        .split(new SplitPart("train", 0.8), new SplitPart("test", 0.2))
                        .normalize(Normalization.STANDARD)
                        .build();
                PreparedData held = DataPipeline.prepare(CsvLoader.load(file, options, 5), options, "c", 5);
                PreparedData whole = DataPipeline.prepare(CsvLoader.load(file, options), options, "c", 5);
                String what = "shuffle " + shuffle + ", limit " + limit;
                assertEquals(whole.partNames(), held.partNames(), what);
                assertSameData(whole.all(), held.all(), what);
                for (String part : whole.partNames()) assertSameData(whole.part(part), held.part(part), what);
            }
        }
    }

    private static void assertSameData(Dataset expected, Dataset actual, String what) {
        assertEquals(expected.schema(), actual.schema(), what);
        assertEquals(expected.preprocessing(), actual.preprocessing(), what);
        assertArrayEquals(expected.features(), actual.features(), what);
        assertArrayEquals(expected.labels(), actual.labels(), what);
    }

    /** A number column with some NA, a text column, three classes met from the first rows on. */
    private static String colouredTable(int rows) {
        StringBuilder text = new StringBuilder("n,colour,label\n");
        for (int i = 0; i < rows; i++) {
            text.append(i % 13 == 5 ? "NA" : String.valueOf(i * 0.25))
                    .append(',')
                    .append(new String[] {"red", "green", "blue"}[i % 3])
                    .append(',')
                    .append(new String[] {"x", "y", "z"}[i * 7 % 3])
                    .append('\n');
        }
        return text.toString();
    }

    @Test
    void theReferenceReaderKeepsTheSameRows() throws IOException {
        Path file = Files.writeString(dir.resolve("r.csv"), colouredTable(300));
        for (DataOptions options : List.of(
                DataOptions.builder().missing(MissingPolicy.MEAN).limit(20).build(),
                DataOptions.builder()
                        .missing(MissingPolicy.MEAN)
                        .limit(20)
                        .shuffle(true)
                        .build(),
                DataOptions.builder()
                        .missing(MissingPolicy.DROP)
                        .limit(20)
                        .shuffle(true)
                        .build(),
                DataOptions.builder().missing(MissingPolicy.DROP).limit(20).build())) {
            Dataset scanned = CsvScan.load(file, options, new RowLimit(20, options.shuffle(), 11));
            Dataset reference = CsvLoader.loadTable(file, options, 20, 11);
            assertEquals(20, scanned.rows());
            assertSameData(reference, scanned, options.toString());
        }
    }

    /** 1.5 million rows of nine small numbers: held whole (about 60 MB of floats) they do not fit a 64 MB heap. */
    private Path bigFile() throws IOException {
        Path file = dir.resolve("big.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("a,b,c,d,e,f,g,h,label\n");
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < 1_500_000; i++) {
                int v = i % 97;
                line.setLength(0);
                for (int k = 0; k < 8; k++) line.append(v + k).append(',');
                out.append(line).append(Integer.toString(i % 2)).append('\n');
            }
        }
        return file;
    }

    @Test
    void aLimitBoundsWhatIsHeldWhateverTheFileSize() throws IOException {
        Path file = bigFile();

        Dataset first = CsvLoader.load(file, limit(1_000, false), 3);
        Dataset sample = CsvLoader.load(file, limit(1_000, true), 3);

        assertEquals(1_000, first.rows());
        assertEquals(0f, first.features()[0]);
        assertEquals(1_000, sample.rows());
        assertEquals(List.of("0", "1"), sample.classNames());
        int[] kept = RowLimit.kept(1_500_000, 1_000, true, 3);
        for (int r = 0; r < sample.rows(); r++) {
            assertEquals(kept[r] % 97, sample.features()[r * sample.width()], "row " + r);
            assertEquals(kept[r] % 2, sample.labels()[r], "row " + r);
        }
    }
}
