package dev.neurona.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A text column with a different value in nearly every row (an id) is refused with the
 * {@code ignore} that fixes it, instead of becoming one feature per row: both by the one-pass
 * scan and, past its distinct-text limit, by the reference reader.
 */
class CsvIdentifierColumnTest {
    @TempDir
    Path dir;

    @Test
    void refusesAnIdColumnAndSuggestsIgnoringIt() throws IOException {
        Path file = users(dir.resolve("users.csv"), 2_001);

        DataException e = assertThrows(DataException.class, () -> CsvLoader.load(file, DataOptions.defaults()));

        assertEquals(
                file + ": column 'id' has 2,001 different texts in 2,001 rows, so one-hot encoding would make"
                        + " 2,001 features; it looks like an identifier: add 'ignore id' to the data options",
                e.getMessage());
    }

    @Test
    void refusesAnIdColumnBeyondTheScansTextLimit() throws IOException {
        int rows = CsvScan.MAX_TEXTS + 10;
        Path file = users(dir.resolve("many.csv"), rows);

        DataException e = assertThrows(DataException.class, () -> CsvLoader.load(file, DataOptions.defaults()));

        assertEquals(
                file + ": column 'id' has 65,546 different texts in 65,546 rows, so one-hot encoding would make"
                        + " 65,546 features; it looks like an identifier: add 'ignore id' to the data options",
                e.getMessage());
    }

    @Test
    void loadsOnceTheIdIsIgnored() throws IOException {
        Path file = users(dir.resolve("users.csv"), 2_001);

        Dataset data = CsvLoader.load(
                file, DataOptions.builder().ignore(java.util.List.of("id")).build());

        assertEquals(2_001, data.rows());
        assertEquals(
                java.util.List.of("age", "city=north", "city=south"),
                data.schema().featureNames());
    }

    @Test
    void keepsATextColumnWhoseManyCategoriesRepeat() throws IOException {
        StringBuilder text = new StringBuilder("code,label\n");
        // past the free 1,000 categories, each seen twice: small enough for the 64 MB run (2,400 × 1,200 floats)
        for (int r = 0; r < 2_400; r++)
            text.append("c").append(r % 1_200).append(',').append(r % 2).append('\n');
        Path file = Files.writeString(dir.resolve("codes.csv"), text, StandardCharsets.UTF_8);

        assertEquals(1_200, CsvLoader.load(file, DataOptions.defaults()).width());
    }

    /** {@code id,age,city,label} with ids {@code u0}, {@code u1}, ... */
    private static Path users(Path file, int rows) throws IOException {
        StringBuilder text = new StringBuilder("id,age,city,label\n");
        for (int r = 0; r < rows; r++) {
            text.append('u')
                    .append(r)
                    .append(',')
                    .append(20 + r % 50)
                    .append(',')
                    .append(r % 3 == 0 ? "north" : "south")
                    .append(',')
                    .append(r % 2)
                    .append('\n');
        }
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
