package dev.neurona.cli.data;

import dev.neurona.cli.data.DatasetCatalog.DataFile;
import dev.neurona.repl.Messages;
import dev.neurona.runtime.i18n.Language;
import java.io.PrintStream;
import java.net.URI;
import java.util.Locale;
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
    private final Locale language;

    /**
     * @param out  where to print
     * @param live redraw the current line in place (only for a terminal)
     */
    public ProgressPrinter(PrintStream out, boolean live) {
        this(out, live, Language.ENGLISH);
    }

    /** As {@link #ProgressPrinter(PrintStream, boolean)}, saying that a mirror failed in {@code language}. */
    public ProgressPrinter(PrintStream out, boolean live, Locale language) {
        this.out = out;
        this.live = live;
        this.language = language;
    }

    @Override
    public void present(DataFile file, long bytes) {
        line(file, Messages.in(language, "data.progress.here", ByteSize.format(bytes)));
    }

    @Override
    public void replacing(DataFile file) {
        line(file, Messages.in(language, "data.progress.replacing"));
    }

    @Override
    public void started(DataFile file, URI url, long length) {
        currentName = file.name();
        currentLength = length;
        lastDrawn = 0;
        if (live) {
            draw(0);
        } else {
            line(
                    file,
                    length >= 0
                            ? Messages.in(language, "data.progress.downloading_sized", url, ByteSize.format(length))
                            : Messages.in(language, "data.progress.downloading", url));
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
        line(file, Messages.in(language, "data.progress.checksum_ok", ByteSize.format(bytes)));
    }

    @Override
    public void failed(DataFile file, URI url, String reason, boolean nextMirror) {
        if (nextMirror) {
            line(file, Messages.in(language, "data.next_mirror", url.getHost(), reason));
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
