package dev.neurona.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code limit N} holds no more than N rows of a file: without {@code shuffle} it stops reading
 * after the first N rows kept; with {@code shuffle} it reads the file once and holds a seeded
 * reservoir sample, the same rows for the same seed. Also run in the 64 MB heap, where holding
 * the whole of {@link #bigFile} runs out of memory.
 */
class CsvLimitTest {
    @TempDir
    Path dir;

    /** Rows {@code id,x,label}: x = id / 10, label a for even ids, b for odd ones. */
    private Path table(String name, int rows, String after) throws IOException {
        StringBuilder text = new StringBuilder("id,x,label\n");
        for (int i = 0; i < rows; i++) text.append(i).append(',').append(i / 10.0).append(',').append(i % 2 == 0 ? "a" : "b").append('\n');
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
        // Row 6 is broken and row 7 never closes its quote: read, either would be an error.
        Path file = table("t.csv", 5, "5,0.5,c,extra\n6,\"0.6,c\n");

        Dataset data = CsvLoader.load(file, limit(4, false));

        assertArrayEquals(new int[] {0, 1, 2, 3}, ids(data));
        assertEquals(List.of("a", "b"), data.classNames());
    }

    @Test
    void withoutShuffleTheLimitCountsTheRowsTheMissingPolicyKeeps() throws IOException {
        Path file = Files.writeString(dir.resolve("m.csv"), "x,y\n1,a\nNA,b\n3,a\nNA,b\n5,a\n6,b\n");

        Dataset data = CsvLoader.load(file, DataOptions.builder().missing(MissingPolicy.DROP).limit(3).build());

        assertArrayEquals(new float[] {1, 3, 5}, data.features());
    }

    @Test
    void withShuffleHoldsASampleOfTheWholeFileTheSameForTheSameSeed() throws IOException {
        Path file = table("t.csv", 1_000, "");

        Dataset once = CsvLoader.load(file, limit(50, true), 42);
        Dataset again = CsvLoader.load(file, limit(50, true), 42);
        Dataset other = CsvLoader.load(file, limit(50, true), 43);

        assertEquals(50, once.rows());
        assertArrayEquals(ids(once), ids(again));
        assertArrayEquals(once.labels(), again.labels());
        assertFalse(java.util.Arrays.equals(ids(once), ids(other)), "another seed, another sample");
        Set<Integer> distinct = new HashSet<>();
        for (int id : ids(once)) {
            assertTrue(distinct.add(id), "each row at most once");
            assertEquals(id % 2, once.labels()[distinct.size() - 1], "the label travels with its row");
        }
        assertTrue(distinct.stream().anyMatch(id -> id >= 500), "rows from the whole file, not its start: " + distinct);
    }

    @Test
    void withShuffleEveryRowIsEquallyLikelyToBeKept() throws IOException {
        Path file = table("t.csv", 10, "");
        int[] kept = new int[10];
        int seeds = 4_000;
        for (long seed = 0; seed < seeds; seed++) {
            for (int id : ids(CsvLoader.load(file, limit(3, true), seed))) kept[id]++;
        }
        // Each row is kept with probability 3/10: 1,200 of 4,000 times, give or take 4 standard deviations (116).
        for (int id = 0; id < 10; id++) assertEquals(1_200, kept[id], 116, "row " + id + " kept " + kept[id] + " times");
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
    void aLimitAboveTheRowCountChangesNothing() throws IOException {
        Path file = table("t.csv", 30, "");
        for (boolean shuffle : new boolean[] {false, true}) {
            DataOptions limited = limit(1_000, shuffle);
            DataOptions all = DataOptions.builder().shuffle(shuffle).build();
            Dataset a = DataPipeline.prepare(CsvLoader.load(file, limited, 5), limited, "d", 5).all();
            Dataset b = DataPipeline.prepare(CsvLoader.load(file, all, 5), all, "d", 5).all();
            assertArrayEquals(b.features(), a.features());
            assertArrayEquals(b.labels(), a.labels());
        }
    }

    @Test
    void theReferenceReaderKeepsTheSameRows() throws IOException {
        Path file = Files.writeString(dir.resolve("r.csv"), mixedTable(300));
        for (DataOptions options : List.of(
                DataOptions.builder().missing(MissingPolicy.MEAN).limit(20).build(),
                DataOptions.builder().missing(MissingPolicy.MEAN).limit(20).shuffle(true).build(),
                DataOptions.builder().missing(MissingPolicy.DROP).limit(20).shuffle(true).build())) {
            Dataset scanned = CsvScan.load(file, options, 11);
            Dataset reference = CsvLoader.loadTable(file, options, 11);
            assertEquals(reference.schema(), scanned.schema());
            assertEquals(reference.preprocessing(), scanned.preprocessing());
            assertArrayEquals(reference.features(), scanned.features());
            assertArrayEquals(reference.labels(), scanned.labels());
        }
    }

    private static String mixedTable(int rows) {
        StringBuilder text = new StringBuilder("n,colour,label\n");
        for (int i = 0; i < rows; i++) {
            text.append(i % 13 == 5 ? "NA" : String.valueOf(i * 0.25)).append(',')
                    .append(new String[] {"red", "green", "blue"}[i * i % 3]).append(',').append(i % 3).append('\n');
        }
        return text.toString();
    }

    /** 1.5 million rows of nine small numbers: held whole (about 60 MB of floats) they do not fit a 64 MB heap. */
    private Path bigFile() throws IOException {
        Path file = dir.resolve("big.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("a,b,c,d,e,f,g,h,label\n");
            for (int i = 0; i < 1_500_000; i++) {
                int v = i % 97;
                out.write(v + "," + (v + 1) + "," + (v + 2) + "," + (v + 3) + "," + (v + 4) + "," + (v + 5) + "," + (v + 6) + "," + (v + 7) + "," + (i % 2) + "\n");
            }
        }
        return file;
    }

    @Test
    void aLimitBoundsWhatIsHeldWhateverTheFileSize() throws IOException {
        Path file = bigFile();

        Dataset first = CsvLoader.load(file, limit(1_000, false));
        Dataset sample = CsvLoader.load(file, limit(1_000, true), 3);

        assertEquals(1_000, first.rows());
        assertEquals(1_000, sample.rows());
        assertEquals(List.of("0", "1"), sample.classNames());
    }
}
