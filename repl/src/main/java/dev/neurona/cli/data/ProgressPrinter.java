package dev.neurona.cli.data;

import dev.neurona.cli.data.DatasetCatalog.DataFile;
import java.io.PrintStream;
import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * Prints a download's progress. On a terminal the current file's line is redrawn in place
 * ({@code 4.1 / 9.9 MB  41%}), a few times a second; elsewhere (logs, pipes) each event is one
 * plain line.
 */
public final class ProgressPrinter implements DownloadProgress {
    private static final long REDRAW_NANOS = 100_000_000;
    private static final String ERASE_TO_END = "\u001b[K";

    private final PrintStream out;
    private final boolean live;
    private @Nullable String currentName;
    private long currentLength;
    private long lastDrawn;
    private boolean lineOpen;

    /**
     * @param out  where to print
     * @param live redraw the current line in place (only for a terminal)
     */
    public ProgressPrinter(PrintStream out, boolean live) {
        this.out = out;
        this.live = live;
    }

    @Override
    public void present(DataFile file, long bytes) {
        line(file, "already here (" + ByteSize.format(bytes) + ", verified)");
    }

    @Override
    public void replacing(DataFile file) {
        line(file, "present but its checksum differs; downloading it again");
    }

    @Override
    public void started(DataFile file, URI url, long length) {
        currentName = file.name();
        currentLength = length;
        lastDrawn = 0;
        if (live) {
            draw(0);
        } else {
            line(file, "downloading " + url + (length >= 0 ? " (" + ByteSize.format(length) + ")" : ""));
        }
    }

    @Override
    public void advanced(long received) {
        long now = System.nanoTime();
        if (live && now - lastDrawn >= REDRAW_NANOS) {
            lastDrawn = now;
            draw(received);
        }
    }

    @Override
    public void finished(DataFile file, long bytes) {
        line(file, ByteSize.format(bytes) + ", checksum ok");
    }

    @Override
    public void failed(DataFile file, URI url, String reason, boolean nextMirror) {
        if (nextMirror) {
            line(file, url.getHost() + ": " + reason + "; trying the next mirror");
        } else if (lineOpen) {
            out.println();
            lineOpen = false;
        }
    }

    private void draw(long received) {
        String amount = currentLength > 0
                ? ByteSize.format(received) + " / " + ByteSize.format(currentLength) + "  "
                        + (100 * received / currentLength) + "%"
                : ByteSize.format(received);
        out.print("\r" + label(currentName) + amount + ERASE_TO_END);
        out.flush();
        lineOpen = true;
    }

    /** One finished line, replacing the live line if one is drawn. */
    private void line(DataFile file, String text) {
        out.print(
                lineOpen
                        ? "\r" + label(file.name()) + text + ERASE_TO_END + System.lineSeparator()
                        : label(file.name()) + text + System.lineSeparator());
        out.flush();
        lineOpen = false;
    }

    private static String label(@Nullable String name) {
        return String.format("  %-28s", name);
    }
}
