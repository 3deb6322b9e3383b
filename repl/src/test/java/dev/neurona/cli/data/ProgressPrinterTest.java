package dev.neurona.cli.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neurona.cli.data.DatasetCatalog.DataFile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressPrinterTest {
    private static final DataFile FILE = new DataFile("images.gz", "0".repeat(64), null);
    private static final URI URL = URI.create("https://mirror.example/data/images.gz");
    private static final String N = System.lineSeparator();

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @Test
    void plainOutputIsOneLinePerEvent() {
        ProgressPrinter progress = new ProgressPrinter(out, false);
        progress.started(FILE, URL, 2_000_000);
        progress.advanced(1_000_000);
        progress.finished(FILE, 2_000_000);
        progress.failed(FILE, URL, "HTTP 404 (not found)", true);

        assertEquals(
                "  images.gz                   downloading " + URL + " (2.0 MB)" + N
                        + "  images.gz                   2.0 MB, checksum ok" + N
                        + "  images.gz                   mirror.example: HTTP 404 (not found); trying the next mirror"
                        + N,
                printed.toString(StandardCharsets.UTF_8));
    }

    @Test
    void terminalOutputRedrawsTheCurrentLineThenEndsIt() {
        ProgressPrinter progress = new ProgressPrinter(out, true);
        progress.started(FILE, URL, 2_000_000);
        progress.finished(FILE, 2_000_000);

        assertEquals(
                "\r  images.gz                   0 B / 2.0 MB  0%\u001b[K"
                        + "\r  images.gz                   2.0 MB, checksum ok\u001b[K" + N,
                printed.toString(StandardCharsets.UTF_8));
    }

    @Test
    void lastFailureOnATerminalOnlyEndsTheLine() {
        ProgressPrinter progress = new ProgressPrinter(out, true);
        progress.started(FILE, URL, -1);
        progress.failed(FILE, URL, "cannot connect", false);

        assertEquals("\r  images.gz                   0 B\u001b[K" + N, printed.toString(StandardCharsets.UTF_8));
    }
}
