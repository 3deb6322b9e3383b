package dev.neurona.cli.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sha256Test {
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"; // FIPS 180-2

    @TempDir
    Path folder;

    @Test
    void sumOfAFileIsTheStandardOne() throws IOException {
        Path file = Files.writeString(folder.resolve("abc"), "abc", StandardCharsets.US_ASCII);
        assertEquals(ABC, Sha256.of(file));
    }

    @Test
    void sumOfAGzipFilesContent() throws IOException {
        Path file = folder.resolve("abc.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("abc".getBytes(StandardCharsets.US_ASCII));
        }
        assertEquals(ABC, Sha256.ofGunzipped(file));
    }

    @Test
    void contentSumOfAFileThatIsNotGzipIsNull() throws IOException {
        assertNull(Sha256.ofGunzipped(Files.writeString(folder.resolve("plain"), "abc")));
        assertNull(Sha256.ofGunzipped(Files.write(folder.resolve("cut.gz"), new byte[] {0x1f, (byte) 0x8b, 8})));
    }
}
