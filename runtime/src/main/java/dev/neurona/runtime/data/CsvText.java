package dev.neurona.runtime.data;

import dev.neurona.runtime.i18n.Text;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.ZipException;
import org.jspecify.annotations.Nullable;

/**
 * A CSV file's characters, decoded as UTF-8 with bytes that are not UTF-8 reported, not replaced;
 * decompressed first when the file starts with gzip's signature (from the bytes, not the name,
 * as for IDX).
 */
final class CsvText implements AutoCloseable {
    private final InputStream bytes;
    private final Reader reader;

    private CsvText(InputStream bytes) throws IOException {
        this.bytes = bytes;
        this.reader = withoutByteOrderMark(new InputStreamReader(
                bytes,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    /**
     * The text after a leading byte order mark (U+FEFF), which spreadsheet programs write: removed
     * before parsing, so that a quoted first header cell ({@code \uFEFF"name"}) is still quoted.
     */
    private static Reader withoutByteOrderMark(Reader text) throws IOException {
        PushbackReader in = new PushbackReader(text, 1);
        int first = in.read();
        if (first >= 0 && first != '\uFEFF') {
            in.unread(first);
        }
        return in;
    }

    /**
     * @throws IOException   an {@link EOFException} or {@link ZipException} for a damaged gzip file (see {@link #explain})
     * @throws DataException for a named pipe, device or socket, which could keep a reader waiting forever
     */
    static CsvText open(Path path) throws IOException {
        if (Files.exists(path) && !Files.isDirectory(path) && !Files.isRegularFile(path)) {
            throw new DataException(Text.of("csv.not_regular", path.toString()));
        }
        InputStream bytes = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        bytes.mark(2);
        boolean gzip = bytes.read() == 0x1f && bytes.read() == 0x8b;
        bytes.reset();
        try {
            return new CsvText(gzip ? new StrictGzipInputStream(bytes, 1 << 16) : bytes);
        } catch (IOException | RuntimeException e) {
            bytes.close();
            throw e;
        }
    }

    /** A message for a gzip file that cannot be read to its end, or null for another failure. */
    static @Nullable Text explain(String file, IOException e) {
        return StrictGzipInputStream.explain(file, e);
    }

    /** A failure to read CSV {@code file}, in the user's words. */
    static DataException failure(String file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new DataException(Text.of("data.not_found", file));
        }
        if (e instanceof AccessDeniedException) {
            return new DataException(Text.of("data.permission_denied", file));
        }
        if (e instanceof CharacterCodingException) {
            return new DataException(Text.of("csv.not_utf8", file));
        }
        Text gzip = explain(file, e);
        if (gzip != null) {
            return new DataException(gzip, e);
        }
        return new DataException(Text.of("data.cannot_read", file, String.valueOf(e.getMessage())), e);
    }

    Reader reader() {
        return reader;
    }

    @Override
    public void close() throws IOException {
        bytes.close();
    }
}
