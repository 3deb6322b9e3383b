package dev.neurona.cli.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.cli.data.DatasetCatalog.Dataset;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The downloader's timeouts, with short settings and a mirror that answers slowly or not at all. */
class DatasetDownloaderTest {
    private static final Duration SHORT = Duration.ofMillis(400);

    @TempDir
    Path dataDir;

    private final TinyDataset tiny = new TinyDataset(11, "only.bin");
    private final byte[] body = tiny.contents.get("only.bin");
    private final FakeMirror mirror = new FakeMirror();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final DatasetDownloader downloader = new DatasetDownloader(
            new DownloadTimeouts(SHORT, SHORT, SHORT),
            new ProgressPrinter(new PrintStream(printed, true, StandardCharsets.UTF_8), false));

    DatasetDownloaderTest() throws IOException {}

    @AfterEach
    void stopMirror() {
        mirror.close();
    }

    @Test
    void transferThatStallsEndsAfterTheIdleTimeout() throws IOException {
        mirror.handle("/tiny/only.bin", exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            OutputStream out = exchange.getResponseBody();
            out.write(body, 0, 100);
            out.flush();
            sleep(Duration.ofSeconds(30)); // interrupted when the mirror closes
        });

        DownloadException failure = assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> assertThrows(DownloadException.class, () -> download(tiny.dataset(mirrorBase()))));

        assertTrue(
                failure.getMessage().contains("only.bin: the transfer stalled: nothing arrived for 400 ms"),
                failure.getMessage());
        assertEquals(List.of(), filesInFolder());
    }

    @Test
    void slowButSteadyTransferIsNotCutOff() throws Exception {
        mirror.handle("/tiny/only.bin", exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                int piece = body.length / 4 + 1;
                for (int start = 0; start < body.length; start += piece) {
                    out.write(body, start, Math.min(piece, body.length - start));
                    out.flush();
                    sleep(SHORT.dividedBy(2));
                }
            }
        });

        assertEquals(1, download(tiny.dataset(mirrorBase())));

        assertArrayEquals(body, Files.readAllBytes(dataDir.resolve("tiny/only.bin")));
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("only.bin"), printed.toString());
    }

    @Test
    void mirrorThatNeverAnswersTimesOut() {
        mirror.handle("/tiny/only.bin", exchange -> sleep(Duration.ofSeconds(30)));

        DownloadException failure = assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> assertThrows(DownloadException.class, () -> download(tiny.dataset(mirrorBase()))));

        assertTrue(failure.getMessage().contains("only.bin: no answer within 400 ms"), failure.getMessage());
    }

    @Test
    void serverErrorIsNamed() {
        mirror.handle("/tiny/only.bin", exchange -> exchange.sendResponseHeaders(503, -1));

        DownloadException failure = assertThrows(DownloadException.class, () -> download(tiny.dataset(mirrorBase())));

        assertTrue(failure.getMessage().contains("only.bin: HTTP 503 (server error)"), failure.getMessage());
    }

    private int download(Dataset dataset) throws DownloadException, IOException {
        return downloader.download(dataset, dataset.mirrors(), dataDir);
    }

    private java.net.URI mirrorBase() {
        return mirror.root().resolve("tiny/");
    }

    private List<String> filesInFolder() throws IOException {
        try (Stream<Path> files = Files.list(dataDir.resolve("tiny"))) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
