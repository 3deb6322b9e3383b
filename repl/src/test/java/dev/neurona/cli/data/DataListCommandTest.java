package dev.neurona.cli.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.cli.NnHarness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataListCommandTest {
    @TempDir
    Path dataDir;

    private final TinyDataset files = new TinyDataset(3, "images.gz", "labels.gz");

    /** Three data sets in the data folder: one whole, one with a damaged file, one absent. */
    private DatasetCatalog fullHalfAndNone() throws IOException {
        DatasetCatalog catalog =
                new DatasetCatalog(List.of(files.dataset("full"), files.dataset("half"), files.dataset("none")));
        put("full", "images.gz", files.contents.get("images.gz"));
        put("full", "labels.gz", files.contents.get("labels.gz"));
        put("half", "images.gz", files.contents.get("images.gz"));
        put("half", "labels.gz", new byte[] {1, 2, 3});
        return catalog;
    }

    @Test
    void showsEachDataSetAsCompletePartialOrMissing() throws IOException {
        NnHarness nn = new NnHarness().catalog(fullHalfAndNone());

        assertEquals(0, nn.run("data", "list", "--dir", dataDir.toString()), nn.err());

        String images = ByteSize.format(files.contents.get("images.gz").length);
        String labels = ByteSize.format(files.contents.get("labels.gz").length);
        String both = ByteSize.format(files.contents.get("images.gz").length + files.contents.get("labels.gz").length);
        assertEquals(
                String.join(
                        System.lineSeparator(),
                        "Data folder: " + dataDir.toAbsolutePath(),
                        "  full            complete  2 files, " + both,
                        "      images.gz                    " + images,
                        "      labels.gz                    " + labels,
                        "  half            partial   1 of 2 files right; complete it with: nn data get half",
                        "      images.gz                    " + images,
                        "      labels.gz                    3 B, checksum differs",
                        "  none            missing   get it with: nn data get none",
                        ""),
                nn.out());
    }

    @Test
    void theListSpeaksSpanishInASpanishEnvironment() throws IOException {
        NnHarness nn = new NnHarness().catalog(fullHalfAndNone()).env("LANG", "es_ES.UTF-8");

        assertEquals(0, nn.run("data", "list", "--dir", dataDir.toString()), nn.err());

        List<String> lines = nn.out().lines().toList();
        assertEquals("Carpeta de datos: " + dataDir.toAbsolutePath(), lines.get(0));
        assertTrue(lines.get(1).startsWith("  full            completo  2 archivos, "), nn.out());
        assertEquals(
                "  half            a medias  1 de 2 archivos correctos; complétalo con: nn data get half",
                lines.get(4));
        assertEquals("      labels.gz                    3 B, la suma de comprobación no coincide", lines.get(6));
        assertEquals("  none            falta     descárgalo con: nn data get none", lines.get(7));
    }

    @Test
    void sameDataCompressedDifferentlyCountsAsRight() throws IOException {
        TinyDataset gzipped = TinyDataset.gzipped(9, "images.gz", "labels.gz");
        byte[] recompressed = TinyDataset.recompressed(gzipped.contents.get("images.gz"));
        put("tiny", "images.gz", recompressed);
        put("tiny", "labels.gz", gzipped.contents.get("labels.gz"));
        NnHarness nn = new NnHarness().catalog(gzipped.catalog());

        assertEquals(0, nn.run("data", "list", "--dir", dataDir.toString()), nn.err());

        List<String> lines = nn.out().lines().toList();
        assertTrue(lines.get(1).startsWith("  tiny            complete  2 files, "), nn.out());
        assertEquals(
                "      images.gz                    " + ByteSize.format(recompressed.length)
                        + ", same data compressed differently",
                lines.get(2));
    }

    @Test
    void saysWhenTheFolderDoesNotExistYet() {
        Path absent = dataDir.resolve("not-yet");
        NnHarness nn = new NnHarness().catalog(new DatasetCatalog(List.of(files.dataset("tiny"))));

        assertEquals(0, nn.run("data", "list", "--dir", absent.toString()));

        assertEquals(
                String.join(
                        System.lineSeparator(),
                        "Data folder: " + absent.toAbsolutePath() + " (does not exist yet)",
                        "  tiny            missing   get it with: nn data get tiny",
                        ""),
                nn.out());
    }

    @Test
    void defaultFolderComesFromTheContext() {
        NnHarness nn = new NnHarness().dataDir(dataDir);

        assertEquals(0, nn.run("data", "list"));

        assertEquals(
                "Data folder: " + dataDir.toAbsolutePath(),
                nn.out().lines().findFirst().orElseThrow());
        assertEquals(
                List.of(
                        "  mnist           missing   get it with: nn data get mnist",
                        "  fashion_mnist   missing   get it with: nn data get fashion_mnist"),
                nn.out().lines().skip(1).toList());
    }

    private void put(String dataset, String file, byte[] bytes) throws IOException {
        Files.createDirectories(dataDir.resolve(dataset));
        Files.write(dataDir.resolve(dataset).resolve(file), bytes);
    }
}
