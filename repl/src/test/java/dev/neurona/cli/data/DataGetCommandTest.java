package dev.neurona.cli.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.cli.NnHarness;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataGetCommandTest {
    private static final List<String> FILES =
            List.of("train-images.gz", "train-labels.gz", "test-images.gz", "test-labels.gz");

    @TempDir
    Path dataDir;

    private final TinyDataset tiny = new TinyDataset(7, FILES.toArray(String[]::new));
    private final FakeMirror mirror = new FakeMirror();

    DataGetCommandTest() throws IOException {}

    @AfterEach
    void stopMirror() {
        mirror.close();
    }

    @Test
    void downloadsEveryFileIntoTheDataSetsFolder() throws IOException {
        tiny.serveAll(mirror);
        NnHarness nn = viaMirrorVariable();

        assertEquals(0, nn.run("data", "get", "tiny", "--dir", dataDir.toString()), nn.err());

        assertFolderHoldsExactly(FILES);
        for (String file : FILES) {
            assertArrayEquals(tiny.contents.get(file), Files.readAllBytes(folder().resolve(file)), file);
        }
        assertTrue(nn.out().contains("tiny is ready: 4 files"), nn.out());
        assertEquals("", nn.err());
    }

    @Test
    void fileAppearsUnderItsNameOnlyOnceWholeAndChecked() throws IOException {
        tiny.serveAll(mirror);
        String file = FILES.get(0);
        byte[] body = tiny.contents.get(file);
        AtomicReference<String> midway = new AtomicReference<>();
        mirror.handle(TinyDataset.path(file), exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body, 0, body.length / 2);
                out.flush();
                midway.set(waitForPartFile() + ", final name present: " + Files.exists(folder().resolve(file)));
                out.write(body, body.length / 2, body.length - body.length / 2);
            }
        });
        NnHarness nn = viaMirrorVariable();

        assertEquals(0, nn.run("data", "get", "tiny", "--dir", dataDir.toString()), nn.err());

        assertEquals("temporary file present, final name present: false", midway.get());
        assertArrayEquals(body, Files.readAllBytes(folder().resolve(file)));
        assertFolderHoldsExactly(FILES);
    }

    @Test
    void keepsFilesAlreadyThereWithTheRightSum() throws IOException {
        tiny.serveAll(mirror);
        Files.createDirectories(folder());
        Files.write(folder().resolve(FILES.get(0)), tiny.contents.get(FILES.get(0)));
        Files.write(folder().resolve(FILES.get(2)), tiny.contents.get(FILES.get(2)));
        NnHarness nn = viaMirrorVariable();

        assertEquals(0, nn.run("data", "get", "tiny", "--dir", dataDir.toString()), nn.err());

        assertEquals(0, mirror.requests(TinyDataset.path(FILES.get(0))));
        assertEquals(1, mirror.requests(TinyDataset.path(FILES.get(1))));
        assertEquals(0, mirror.requests(TinyDataset.path(FILES.get(2))));
        assertEquals(1, mirror.requests(TinyDataset.path(FILES.get(3))));
        assertTrue(nn.out().contains(FILES.get(0) + "             already here"), nn.out());

        assertEquals(0, nn.run("data", "get", "tiny", "--dir", dataDir.toString()), nn.err());
        assertTrue(nn.out().contains("4 files, " + ByteSize.format(totalSize()) + ", all already here."), nn.out());
        assertEquals(1, mirror.requests(TinyDataset.path(FILES.get(1))));
    }

    @Test
    void keepsTheSameDataCompressedDifferently() throws IOException {
        TinyDataset gzipped = TinyDataset.gzipped(5, "images.gz", "labels.gz");
        gzipped.serveAll(mirror);
        Files.createDirectories(folder());
        Files.write(folder().resolve("images.gz"), TinyDataset.recompressed(gzipped.contents.get("images.gz")));
        NnHarness nn = new NnHarness().catalog(gzipped.catalog(mirror.root().resolve("tiny/")));

        assertEquals(0, nn.run("data", "get", "tiny", "--dir", dataDir.toString()), nn.err());

        assertEquals(0, mirror.requests(TinyDataset.path("images.gz")));
        assertEquals(1, mirror.requests(TinyDataset.path("labels.gz")));
    }

    @Test
    void replacesAFileWhoseSumIsWrong() throws IOException {
        tiny.serveAll(mirror);
        Files.createDirectories(folder());
        Files.writeString(folder().resolve(FILES.get(1)), "truncated");
        NnHarness nn = viaMirrorVariable();

        assertEquals(0, nn.run("data", "get", "tiny", "--dir", dataDir.toString()), nn.err());

        assertArrayEquals(tiny.contents.get(FILES.get(1)), Files.readAllBytes(folder().resolve(FILES.get(1))));
        assertTrue(nn.out().contains("present but its checksum differs; downloading it again"), nn.out());
    }

    @Test
    void checksumMismatchLeavesNothingBehind() throws IOException {
        tiny.serveAll(mirror);
        byte[] tampered = tiny.contents.get(FILES.get(1)).clone();
        tampered[tampered.length / 2] ^= 1;
        mirror.serve(TinyDataset.path(FILES.get(1)), tampered);
        NnHarness nn = viaMirrorVariable();

        assertEquals(1, nn.run("data", "get", "tiny", "--dir", dataDir.toString()));

        String expected = TinyDataset.sha256(tiny.contents.get(FILES.get(1)));
        String got = TinyDataset.sha256(tampered);
        assertTrue(
                nn.err()
                        .contains(TinyDataset.path(FILES.get(1)) + ": checksum mismatch: expected SHA-256 " + expected
                                + ", got " + got + "; the download was deleted"),
                nn.err());
        assertFolderHoldsExactly(List.of(FILES.get(0))); // the file before it is checked and kept
    }

    @Test
    void unreachableMirrorSaysWhichUrlFailedAndWhereToPutTheFiles() throws IOException {
        URI dead = deadServer();
        NnHarness nn = new NnHarness().catalog(tiny.catalog(dead.resolve("tiny/")));

        assertEquals(1, nn.run("data", "get", "tiny", "--dir", dataDir.toString()));

        String err = nn.err();
        String n = System.lineSeparator();
        assertTrue(
                err.startsWith("nn: could not download train-images.gz of tiny:" + n + "  " + dead
                        + "tiny/train-images.gz: cannot connect ("),
                err);
        assertTrue(
                err.contains("To install tiny by hand, get these 4 files from any of its mirrors and put them in" + n
                        + "  " + folder() + folder().getFileSystem().getSeparator() + n
                        + "    train-images.gz" + n
                        + "    train-labels.gz" + n
                        + "    test-images.gz" + n
                        + "    test-labels.gz" + n
                        + "then 'nn data list' checks them." + n),
                err);
        assertFalse(err.contains("\tat "), err);
        assertFolderHoldsExactly(List.of());
    }

    @Test
    void missingFileOnTheMirrorIsReportedWithItsStatus() {
        NnHarness nn = viaMirrorVariable();

        assertEquals(1, nn.run("data", "get", "tiny", "--dir", dataDir.toString()));

        assertTrue(nn.err().contains(mirror.root() + "tiny/train-images.gz: HTTP 404 (not found)"), nn.err());
    }

    @Test
    void nextMirrorIsTriedWhenOneFailsAndThenPreferred() throws IOException {
        tiny.serveAll(mirror);
        NnHarness nn =
                new NnHarness().catalog(tiny.catalog(deadServer(), mirror.root().resolve("tiny/")));

        assertEquals(0, nn.run("data", "get", "tiny", "--dir", dataDir.toString()), nn.err());

        assertFolderHoldsExactly(FILES);
        assertEquals(1, nn.out().split("trying the next mirror", -1).length - 1, nn.out());
    }

    @Test
    void defaultDataFolderComesFromTheContext() {
        tiny.serveAll(mirror);
        NnHarness nn = viaMirrorVariable().dataDir(dataDir);

        assertEquals(0, nn.run("data", "get", "tiny"), nn.err());

        assertTrue(Files.isRegularFile(folder().resolve(FILES.get(3))));
    }

    @Test
    void unknownDataSetIsAUsageError() {
        NnHarness nn = viaMirrorVariable();

        assertEquals(2, nn.run("data", "get", "cifar", "--dir", dataDir.toString()));

        assertEquals("nn: unknown data set 'cifar'; known: tiny" + System.lineSeparator(), nn.err());
    }

    @Test
    void mirrorOverrideMustBeAnHttpUrl() {
        NnHarness nn = new NnHarness().catalog(tiny.catalog()).env("NN_DATA_MIRROR", "ftp://example.org/data");

        assertEquals(2, nn.run("data", "get", "tiny", "--dir", dataDir.toString()));

        assertTrue(
                nn.err().startsWith("nn: NN_DATA_MIRROR must be an http(s) URL, not 'ftp://example.org/data'"),
                nn.err());
    }

    @Test
    void standardCatalogueNamesAreKnown() {
        NnHarness nn = new NnHarness().env("NN_DATA_MIRROR", mirror.root().toString());

        assertEquals(1, nn.run("data", "get", "fashion_mnist", "--dir", dataDir.toString()));

        assertTrue(nn.err().contains(mirror.root() + "fashion_mnist/train-images-idx3-ubyte.gz: HTTP 404"), nn.err());
    }

    /** Public mirrors are replaced by the fake one through NN_DATA_MIRROR. */
    private NnHarness viaMirrorVariable() {
        return new NnHarness()
                .catalog(tiny.catalog(URI.create("http://public-mirror.invalid/tiny/")))
                .env("NN_DATA_MIRROR", mirror.root().toString());
    }

    /** The root URL of a server that has just stopped listening: connections are refused. */
    private static URI deadServer() throws IOException {
        FakeMirror gone = new FakeMirror();
        URI root = gone.root();
        gone.close();
        return root;
    }

    private Path folder() {
        return dataDir.resolve(TinyDataset.NAME);
    }

    private long totalSize() {
        return tiny.contents.values().stream().mapToLong(bytes -> bytes.length).sum();
    }

    private String waitForPartFile() throws IOException {
        for (int i = 0; i < 100; i++) {
            try (Stream<Path> files = Files.list(folder())) {
                if (files.anyMatch(file -> file.getFileName().toString().endsWith(".part"))) {
                    return "temporary file present";
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return "no temporary file";
    }

    private void assertFolderHoldsExactly(List<String> expected) throws IOException {
        String[] names;
        if (!Files.isDirectory(folder())) {
            names = new String[0];
        } else {
            try (Stream<Path> files = Files.list(folder())) {
                names = files.map(file -> file.getFileName().toString())
                        .sorted()
                        .toArray(String[]::new);
            }
        }
        assertEquals(expected.stream().sorted().toList(), Arrays.asList(names));
    }
}
