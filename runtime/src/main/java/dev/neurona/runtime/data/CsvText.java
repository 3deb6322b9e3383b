package dev.neurona.runtime.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A CSV file's characters, decoded as UTF-8 with bytes that are not UTF-8 reported, not replaced. */
final class CsvText implements AutoCloseable {
    private final InputStream bytes;
    private final Reader reader;

    private CsvText(InputStream bytes) {
        this.bytes = bytes;
        this.reader = new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    static CsvText open(Path path) throws IOException {
        return new CsvText(Files.newInputStream(path));
    }

    Reader reader() {
        return reader;
    }

    @Override
    public void close() throws IOException {
        bytes.close();
    }
}
