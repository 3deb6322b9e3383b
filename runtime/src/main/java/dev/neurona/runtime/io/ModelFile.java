package dev.neurona.runtime.io;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UTFDataFormatException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.CRC32C;

/**
 * Reads and writes {@code .nnm} model files:
 * <pre>
 *   "NNM1"          4 bytes, magic
 *   version         int, the format version: 2 (layers by kind name); 1, from Neurona 0.1, still reads
 *   length          long, the body's size in bytes
 *   body            {@link ModelCodec}
 *   checksum        int, CRC-32C of the body
 * </pre>
 * A save goes through {@link SafeWrite}: a temporary file beside the target, forced to disk, then
 * renamed over the target in one step, so a crash or a full disk leaves the previous file as it was.
 */
public final class ModelFile {
    static final byte[] MAGIC = {'N', 'N', 'M', '1'};
    static final int VERSION = 2;
    /** The oldest format this version still reads. */
    static final int OLDEST_VERSION = 1;

    private static final int HEADER = MAGIC.length + Integer.BYTES + Long.BYTES;

    private ModelFile() {}

    /**
     * The bytes a model file of {@code model} holds, for sending a model to another process (a
     * cluster's workers) rather than to disk.
     */
    public static byte[] toBytes(ModelSnapshot model) {
        byte[] body = ModelCodec.encode(model);
        CRC32C crc = new CRC32C();
        crc.update(body);
        return ByteBuffer.allocate(HEADER + body.length + Integer.BYTES)
                .put(MAGIC)
                .putInt(VERSION)
                .putLong(body.length)
                .put(body)
                .putInt((int) crc.getValue())
                .array();
    }

    /**
     * Reads a model from the bytes of a model file, checking them as {@link #load} does.
     *
     * @param source names the bytes' origin in error messages
     */
    public static ModelSnapshot fromBytes(byte[] bytes, String source) {
        return decode(bytes, source);
    }

    public static void save(ModelSnapshot model, Path file) {
        byte[] body = ModelCodec.encode(model);
        CRC32C crc = new CRC32C();
        crc.update(body);
        ByteBuffer header = ByteBuffer.allocate(HEADER)
                .put(MAGIC)
                .putInt(VERSION)
                .putLong(body.length)
                .flip();
        ByteBuffer trailer =
                ByteBuffer.allocate(Integer.BYTES).putInt((int) crc.getValue()).flip();

        try {
            SafeWrite.replace(file, out -> {
                out.write(header.array());
                out.write(body);
                out.write(trailer.array());
            });
        } catch (IOException e) {
            throw new ModelFileException("could not save the model to '" + file + "': " + SafeWrite.reason(e), e);
        }
    }

    public static ModelSnapshot load(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ModelFileException("model file '" + file + "' does not exist");
        } catch (IOException e) {
            throw new ModelFileException("could not read model file '" + file + "': " + describe(e), e);
        }
        return decode(bytes, file.toString());
    }

    private static ModelSnapshot decode(byte[] bytes, String file) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        if (bytes.length < MAGIC.length || !startsWithMagic(bytes)) {
            throw new ModelFileException("'" + file + "' is not a Neurona model file");
        }
        if (bytes.length < HEADER) {
            throw truncated(file, HEADER, bytes.length);
        }
        buffer.position(MAGIC.length);
        int version = buffer.getInt();
        if (version < OLDEST_VERSION || version > VERSION) {
            throw new ModelFileException("'" + file + "' has model format " + version
                    + "; this version of Neurona reads formats " + OLDEST_VERSION + " to " + VERSION
                    + (version > VERSION ? " (the file was saved by a newer Neurona)" : ""));
        }
        long length = buffer.getLong();
        long expected = HEADER + length + Integer.BYTES;
        if (length < 0 || bytes.length < expected) {
            throw truncated(file, expected, bytes.length);
        }
        if (bytes.length > expected) {
            throw new ModelFileException(
                    "'" + file + "' is damaged: " + (bytes.length - expected) + " unexpected bytes at its end");
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, HEADER, (int) length);
        buffer.position((int) (HEADER + length));
        if ((int) crc.getValue() != buffer.getInt()) {
            throw new ModelFileException("'" + file + "' is damaged: its checksum does not match its contents");
        }
        try {
            return ModelCodec.decode(
                    new DataInputStream(new ByteArrayInputStream(bytes, HEADER, (int) length)), version);
        } catch (IOException | RuntimeException e) {
            throw new ModelFileException("'" + file + "' is damaged: " + damage(e), e);
        }
    }

    /** What a failure inside the body means, in words: never {@code null} or a Java class name. */
    private static String damage(Exception e) {
        String message = e.getMessage();
        if (e instanceof EOFException) {
            return "it ends in the middle of its contents";
        }
        if (e instanceof UTFDataFormatException) {
            return "a name in it is not valid text";
        }
        if (message == null || message.contains("No enum constant") || message.contains("Exception")) {
            return "its contents do not describe a model (a setting or size in it is not one Neurona writes)";
        }
        return message;
    }

    private static boolean startsWithMagic(byte[] bytes) {
        for (int i = 0; i < MAGIC.length; i++)
            if (bytes[i] != MAGIC[i]) {
                return false;
            }
        return true;
    }

    private static ModelFileException truncated(String file, long expected, long actual) {
        return new ModelFileException("'" + file + "' is truncated: expected " + expected + " bytes, found " + actual);
    }

    private static String describe(IOException e) {
        String what = e.getClass().getSimpleName().replace("Exception", "");
        return e.getMessage() == null ? what : what + " (" + e.getMessage() + ")";
    }
}
