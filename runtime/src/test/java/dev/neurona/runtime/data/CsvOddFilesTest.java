package dev.neurona.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** CSV files as spreadsheets and shells make them: a byte order mark before a quoted header, a named pipe. */
class CsvOddFilesTest {
    @TempDir
    Path dir;

    @Test
    void aByteOrderMarkBeforeAQuotedHeaderLeavesNoQuotesInTheNames() throws IOException {
        Path file = Files.writeString(
                dir.resolve("excel.csv"), "\uFEFF\"sale price\",\"kind\"\n1.5,a\n2,b\n", StandardCharsets.UTF_8);

        for (Dataset data : List.of(
                CsvLoader.load(file, DataOptions.defaults()), CsvLoader.loadTable(file, DataOptions.defaults()))) {
            assertEquals(List.of("sale price"), data.schema().featureNames());
            assertEquals(List.of("kind"), data.schema().targetNames());
        }
        assertEquals(List.of("sale price", "kind"), CsvLoader.readHeader(file, ",", true));
        assertEquals(
                List.of("sale price"),
                CsvStream.open(file, DataOptions.defaults(), "d", 1)
                        .all()
                        .schema()
                        .featureNames());
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC}) // mkfifo is POSIX
    void aNamedPipeIsRefusedAtOnceNotWaitedOn() throws Exception {
        Path fifo = dir.resolve("rows.csv");
        assertEquals(
                0,
                new ProcessBuilder("mkfifo", fifo.toString())
                        .inheritIO()
                        .start()
                        .waitFor());
        String expected = fifo + ": is not a regular file (a named pipe, device or socket?);"
                + " CSV data is read from ordinary files: copy it into one first";

        // Opened, a pipe with no writer blocks forever: the limit only keeps a regression from hanging the build.
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            assertEquals(
                    expected,
                    assertThrows(DataException.class, () -> CsvLoader.load(fifo, DataOptions.defaults()))
                            .getMessage());
            assertEquals(
                    expected,
                    assertThrows(DataException.class, () -> CsvLoader.readHeader(fifo, ",", true))
                            .getMessage());
            assertEquals(
                    expected,
                    assertThrows(DataException.class, () -> CsvStream.open(fifo, DataOptions.defaults(), "d", 1))
                            .getMessage());
        });
    }
}
