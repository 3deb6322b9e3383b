package dev.neurona.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A CSV file loaded and prepared: the recorded preprocessing must turn raw cells into the very features trained on. */
class CsvPipelineTest {
    private static final String[] COLOURS = {"red", "green", "blue"};

    @TempDir
    Path dir;

    /** Rows {@code id, colour, x, label}; every seventh x is missing. Returns the feature cells of each row by id. */
    private List<String[]> writeTable(Path file, int rows) throws IOException {
        StringBuilder text = new StringBuilder("id,colour,x,label\n");
        List<String[]> cells = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            String x = i % 7 == 3 ? "NA" : String.valueOf(0.1 * i * i - 3.7);
            String[] row = {String.valueOf(i), COLOURS[i * i % 3], x};
            cells.add(row);
            text.append(String.join(",", row))
                    .append(',')
                    .append(i % 4 == 0 ? "rare" : "common")
                    .append('\n');
        }
        Files.writeString(file, text);
        return cells;
    }

    @Test
    void rawCellsThroughThePreprocessingGiveThePreparedFeaturesExactly() throws IOException {
        Path file = dir.resolve("table.csv");
        List<String[]> raw = writeTable(file, 60);
        for (Normalization kind : Normalization.values()) {
            DataOptions options = DataOptions.builder()
                    .missing(MissingPolicy.MEAN)
                    .normalize(kind)
                    .scale(1 / 3.0)
                    .shuffle(true)
                    .limit(50)
                    .split(new SplitPart("train", 0.6), new SplitPart("valid", 0.25), new SplitPart("test", 0.15))
                    .build();

            PreparedData prepared = DataPipeline.prepare(CsvLoader.load(file, options), options, "table", 17);

            for (Dataset part : prepared.parts().values()) {
                int[] ids = TestData.ids(part);
                for (int i = 0; i < part.rows(); i++) {
                    assertArrayEquals(
                            part.row(i),
                            part.preprocessing().apply(raw.get(ids[i])),
                            kind + " " + part.name() + " row " + i);
                }
            }
        }
    }

    @Test
    void stratifiesTheCsvClassesAndNamesTheParts() throws IOException {
        Path file = dir.resolve("table.csv");
        writeTable(file, 60);
        DataOptions options = DataOptions.builder()
                .missing(MissingPolicy.MEAN)
                .split(new SplitPart("train", 0.8), new SplitPart("valid", 0.2))
                .build();

        PreparedData prepared = DataPipeline.prepare(CsvLoader.load(file, options), options, "table", 3);

        assertEquals(List.of("common", "rare"), prepared.all().classNames());
        assertArrayEquals(new int[] {45, 15}, prepared.all().classCounts());
        assertArrayEquals(new int[] {36, 12}, prepared.part("train").classCounts());
        assertArrayEquals(new int[] {9, 3}, prepared.part("valid").classCounts());
        assertEquals("table.valid", prepared.part("valid").name());
    }
}
