package dev.neurona.lang.complete;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The column names of a CSV file from its first record, read within bounds: at most
 * {@link #MAX_BYTES} of the file (and of its text, when gzip-compressed), at most
 * {@link #MAX_COLUMNS} names. Names as the CSV loader makes them (trimmed, a leading byte order
 * mark dropped, an empty one named {@code cN}; {@code c1, c2, ...} without a header), each once.
 * A header cut by the bound gives the names that were read whole. Never fails: a file that is
 * missing, not a regular file, not UTF-8 or unreadable gives no names.
 */
final class CsvHeaderPeek {

    static final int MAX_BYTES = 64 * 1024;
    static final int MAX_COLUMNS = 4096;

    private CsvHeaderPeek() {}

    static List<String> names(Path file, String delimiter, boolean header) {
        if (delimiter.isEmpty() || !Files.isRegularFile(file)) {
            return List.of(); // a named pipe or a device could keep the reader waiting
        }
        Text text;
        try {
            text = read(file);
        } catch (IOException | RuntimeException unreadable) {
            return List.of();
        }
        List<String> cells = firstRecord(text.chars(), text.whole(), delimiter);
        List<String> names = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int c = 0; c < cells.size() && names.size() < MAX_COLUMNS; c++) {
            String name = header ? cells.get(c).trim() : "";
            if (name.isEmpty()) {
                name = "c" + (c + 1);
            }
            if (seen.add(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** @param whole whether the text is the whole file, not cut at the bound */
    private record Text(String chars, boolean whole) {}

    private static Text read(Path file) throws IOException {
        long size = Files.size(file);
        try (InputStream raw = new BufferedInputStream(new Bounded(Files.newInputStream(file), MAX_BYTES))) {
            raw.mark(2);
            boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
            raw.reset();
            InputStream bytes = gzip ? new GZIPInputStream(raw) : raw;
            byte[] buffer = new byte[MAX_BYTES];
            int length = 0;
            boolean ended = false;
            try {
                while (length < MAX_BYTES && !ended) {
                    int n = bytes.read(buffer, length, MAX_BYTES - length);
                    ended = n < 0;
                    length += Math.max(n, 0);
                }
            } catch (IOException cutShort) {
                if (!gzip) {
                    throw cutShort;
                }
                // compressed data cut at the bound: keep the text that came out before it
            }
            boolean whole = gzip ? ended : size <= MAX_BYTES;
            String text = decode(buffer, length, whole);
            return new Text(text.startsWith("\uFEFF") ? text.substring(1) : text, whole);
        }
    }

    /** UTF-8, refusing malformed bytes; a character cut at the bound is left out. */
    private static String decode(byte[] bytes, int length, boolean atEnd) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = CharBuffer.allocate(length + 1);
        CoderResult result = decoder.decode(ByteBuffer.wrap(bytes, 0, length), chars, atEnd);
        if (result.isError()) {
            result.throwException();
        }
        return chars.flip().toString();
    }

    /**
     * The cells of the first record that is not an empty line (RFC 4180 quoting, {@code ""} inside
     * quotes), as the CSV loader reads them; when the text ends inside the record and is not the
     * whole file, the cell being read is left out.
     */
    static List<String> firstRecord(String text, boolean whole, String delimiter) {
        int i = 0;
        while (true) {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            boolean ended = false;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i += 2;
                    } else if (c == '"') {
                        quoted = false;
                        i++;
                    } else {
                        cell.append(c);
                        i++;
                    }
                } else if (c == '"' && cell.toString().isBlank()) {
                    quoted = true;
                    cell.setLength(0);
                    i++;
                } else if (text.startsWith(delimiter, i)) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                    i += delimiter.length();
                } else if (c == '\n' || c == '\r') {
                    i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
                    ended = true;
                    break;
                } else {
                    cell.append(c);
                    i++;
                }
            }
            if (!ended && !whole) {
                return cells; // the last cell may go on past the bound
            }
            cells.add(cell.toString());
            boolean emptyLine = cells.size() == 1 && cells.get(0).isBlank();
            if (!emptyLine || i >= text.length()) {
                return emptyLine ? List.of() : cells;
            }
        }
    }

    /** The first {@code limit} bytes of a stream, and nothing after them. */
    private static final class Bounded extends InputStream {
        private final InputStream in;
        private int left;

        Bounded(InputStream in, int limit) {
            this.in = in;
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left == 0) {
                return -1;
            }
            int n = in.read(buffer, offset, Math.min(length, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
