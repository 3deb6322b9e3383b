package dev.neurona.runtime.data;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads one IDX file, the format of MNIST: a magic number {@code 00 00 TYPE DIMS}, then
 * {@code DIMS} big-endian 32-bit sizes, then the values. Only unsigned bytes (type {@code 0x08})
 * are read, which is what MNIST and Fashion-MNIST hold. A file that starts with the gzip bytes
 * {@code 1f 8b} is decompressed on the fly, whatever its name.
 */
public final class IdxReader {
    /** The IDX type code of unsigned bytes. */
    public static final int UNSIGNED_BYTE = 0x08;

    private static final int BUFFER = 1 << 16;

    private IdxReader() {
    }

    /**
     * Reads the whole file.
     *
     * @throws DataException when the file is missing, is not IDX, holds another type than unsigned
     *                       bytes, ends before the values its header announces, or has bytes after them
     */
    public static IdxArray read(Path path) {
        String file = path.toString();
        try (InputStream in = open(path)) {
            byte[] magic = in.readNBytes(4);
            if (magic.length < 4) throw new DataException(file + ": the file is too short to be an IDX file (" + magic.length + " bytes)");
            checkMagic(file, magic);
            int[] dims = readDims(file, in, magic[3] & 0xff);
            long size = 1;
            for (int d : dims) size *= d;
            if (size > Integer.MAX_VALUE - 8) {
                throw new DataException(file + ": the header announces " + size + " values, more than one array can hold");
            }
            byte[] values = new byte[(int) size];
            int filled = readFully(in, values);
            if (filled < size) throw truncated(file, dims, size, filled);
            if (in.read() != -1) {
                throw new DataException(file + ": the file has more bytes than the " + size + " values its header announces");
            }
            return new IdxArray(file, dims, values);
        } catch (IOException e) {
            throw readFailure(file, e);
        }
    }

    /**
     * Reads only the header: the sizes of the file's dimensions ({@code [count, rows, columns]}
     * for images, {@code [count]} for labels), without reading the values. This is what a script
     * check needs to know the shape of a data set cheaply.
     *
     * @throws DataException when the file is missing, is not IDX, holds another type than unsigned
     *                       bytes, or ends inside its header
     */
    public static int[] readShape(Path path) {
        String file = path.toString();
        try (InputStream in = open(path)) {
            byte[] magic = in.readNBytes(4);
            if (magic.length < 4) throw new DataException(file + ": the file is too short to be an IDX file (" + magic.length + " bytes)");
            checkMagic(file, magic);
            return readDims(file, in, magic[3] & 0xff);
        } catch (IOException e) {
            throw readFailure(file, e);
        }
    }

    /** What went wrong reading {@code file}, in the user's words. */
    private static DataException readFailure(String file, IOException e) {
        if (e instanceof NoSuchFileException) return new DataException(file + ": file not found");
        if (e instanceof AccessDeniedException) return new DataException(file + ": permission denied");
        if (e instanceof EOFException) return new DataException(file + ": the file is truncated (its gzip stream ends early)");
        if (e instanceof ZipException) {
            return new DataException(file + ": the file starts like gzip but is not valid gzip (" + e.getMessage() + ")");
        }
        return new DataException(file + ": cannot read the file (" + e.getMessage() + ")", e);
    }

    /** Opens the file, decompressing it when its first two bytes are the gzip signature. */
    private static InputStream open(Path path) throws IOException {
        if (Files.isDirectory(path)) throw new DataException(path + ": is a directory, not an IDX file");
        BufferedInputStream in = new BufferedInputStream(Files.newInputStream(path), BUFFER);
        try {
            in.mark(2);
            int first = in.read();
            int second = in.read();
            in.reset();
            return first == 0x1f && second == 0x8b ? new GZIPInputStream(in, BUFFER) : in;
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** Fills {@code values} straight from the stream (no intermediate chunks); returns how many bytes came. */
    private static int readFully(InputStream in, byte[] values) throws IOException {
        int filled = 0;
        while (filled < values.length) {
            int n = in.read(values, filled, values.length - filled);
            if (n < 0) break;
            filled += n;
        }
        return filled;
    }

    private static void checkMagic(String file, byte[] magic) {
        int type = magic[2] & 0xff;
        if (magic[0] != 0 || magic[1] != 0 || magic[3] == 0) {
            throw new DataException(file + ": not an IDX file: wrong magic number " + hex(magic)
                    + " (an IDX file starts with 00 00, a type byte and a dimension count, e.g. 0x00000803 for images)");
        }
        if (type != UNSIGNED_BYTE) {
            throw new DataException(file + ": the IDX file holds values of type 0x" + String.format("%02X", type)
                    + " (magic number " + hex(magic) + "); only unsigned bytes (type 0x08), as in MNIST, can be read");
        }
    }

    private static int[] readDims(String file, InputStream in, int count) throws IOException {
        byte[] header = in.readNBytes(4 * count);
        if (header.length < 4 * count) {
            throw new DataException(file + ": the file is truncated: it ends inside its header of " + count + " dimensions");
        }
        int[] dims = new int[count];
        for (int d = 0; d < count; d++) {
            int at = 4 * d;
            dims[d] = (header[at] & 0xff) << 24 | (header[at + 1] & 0xff) << 16 | (header[at + 2] & 0xff) << 8 | header[at + 3] & 0xff;
            if (dims[d] < 0) throw new DataException(file + ": the header gives dimension " + (d + 1) + " a negative size");
        }
        return dims;
    }

    private static DataException truncated(String file, int[] dims, long expected, int found) {
        return new DataException(file + ": the file is truncated: its header announces " + describe(dims)
                + " (" + expected + " bytes of values) but only " + found + " bytes follow");
    }

    private static String describe(int[] dims) {
        StringBuilder text = new StringBuilder().append(dims[0]).append(dims[0] == 1 ? " item" : " items");
        if (dims.length > 1) {
            text.append(" of ");
            for (int d = 1; d < dims.length; d++) text.append(d > 1 ? "×" : "").append(dims[d]);
        }
        return text.toString();
    }

    private static String hex(byte[] magic) {
        return String.format("0x%02X%02X%02X%02X", magic[0], magic[1], magic[2], magic[3]);
    }
}
