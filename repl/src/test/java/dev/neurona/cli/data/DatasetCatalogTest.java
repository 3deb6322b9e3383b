package dev.neurona.cli.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.cli.data.DatasetCatalog.DataFile;
import dev.neurona.cli.data.DatasetCatalog.Dataset;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DatasetCatalogTest {
    private final DatasetCatalog standard = DatasetCatalog.standard();

    @Test
    void holdsMnistAndFashionMnistWithTheFourIdxFilesEach() {
        assertEquals(
                List.of("mnist", "fashion_mnist"),
                standard.datasets().stream().map(Dataset::name).toList());
        for (Dataset dataset : standard.datasets()) {
            assertEquals(
                    DatasetCatalog.IDX_FILE_NAMES,
                    dataset.files().stream().map(DataFile::name).toList());
            assertTrue(dataset.mirrors().size() >= 2, dataset.name() + " needs a fallback mirror");
            for (URI mirror : dataset.mirrors()) {
                assertTrue(mirror.toString().endsWith("/"), mirror + " must end in / so file names resolve under it");
                assertEquals(
                        mirror + "t10k-labels-idx1-ubyte.gz",
                        mirror.resolve("t10k-labels-idx1-ubyte.gz").toString());
            }
        }
    }

    @Test
    void everyFileHasItsOwnSumAndContentSum() {
        Set<String> sums = new HashSet<>();
        standard.datasets().forEach(dataset -> dataset.files().forEach(file -> {
            sums.add(file.sha256());
            sums.add(file.contentSha256());
        }));
        assertEquals(16, sums.size());
    }

    @Test
    void mnistSumsAreTheWellKnownOnes() {
        Dataset mnist = standard.find("mnist").orElseThrow();
        assertEquals(
                "440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609",
                mnist.files().get(0).sha256());
        assertEquals(
                "f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6",
                mnist.files().get(3).sha256());
    }

    @Test
    void dataSetLivesInAFolderNamedAfterIt() {
        Dataset fashion = standard.find("fashion_mnist").orElseThrow();
        assertEquals(Path.of("data", "fashion_mnist"), fashion.folder(Path.of("data")));
        assertTrue(standard.find("cifar10").isEmpty());
        assertEquals("mnist, fashion_mnist", standard.names());
    }

    @Test
    void rejectsEntriesThatCouldNotBeRight() {
        String sum = "0".repeat(64);
        assertThrows(IllegalArgumentException.class, () -> new DataFile("../escape.gz", sum, null));
        assertThrows(IllegalArgumentException.class, () -> new DataFile(".hidden", sum, null));
        assertThrows(IllegalArgumentException.class, () -> new DataFile("a.gz", "ABC", null));
        assertThrows(IllegalArgumentException.class, () -> new DataFile("a.gz", "F".repeat(64), null));
        assertThrows(IllegalArgumentException.class, () -> new DataFile("a.gz", sum, "not a sum"));
        assertThrows(IllegalArgumentException.class, () -> new Dataset("Fashion MNIST", "x", List.of(), List.of()));
    }
}
