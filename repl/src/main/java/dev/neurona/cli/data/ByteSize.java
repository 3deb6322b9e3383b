package dev.neurona.cli.data;

import java.util.Locale;

/** File sizes for people: 512 B, 28.2 KB, 9.9 MB (powers of 1000, as download tools show them). */
final class ByteSize {
    private ByteSize() {}

    static String format(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        if (bytes < 999_950) { // rounds below "1000.0 KB"
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1e3);
        }
        if (bytes < 999_950_000) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
        }
        return String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
    }
}
