package dev.neurona.runtime.data;

import dev.neurona.runtime.i18n.Text;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

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
    /** The most values one Java array holds safely. */
    private static final int MAX_VALUES = Integer.MAX_VALUE - 8;
    /** The first buffer for decompressed values; it grows only as bytes arrive. */
    private static final int FIRST_CHUNK = 1 << 20;
    /**
     * The most a gzip file of {@code n} bytes may make the reader allocate at once, {@code 4·n} plus
     * this: the bound of the hostile-input suite. Deflate can expand a byte up to 1032 times, so a
     * forged header and trailer on a short file must not buy an array that large; a genuine file
     * that packs tighter than four to one (mostly blank images) is read through the growing buffer.
     */
    private static final long EAGER_SLACK = 64L << 20;

    /** The smallest gzip member: a 10-byte header, an empty deflate block, the 8-byte trailer. */
    private static final int GZIP_MIN_LENGTH = 20;

    private IdxReader() {}

    /**
     * Reads the whole file.
     *
     * <p>Every size in the header is checked before anything is allocated: against the file's length
     * for a plain file. A gzip file is read straight into one array of the announced size when its
     * trailer records that same size and that array is at most four times the file's length plus 64 MB; otherwise (a
     * damaged or truncated file, several gzip members joined) the buffer grows only as decompressed
     * bytes actually arrive.
     *
     * @throws DataException when the file is missing or not a regular file, is not IDX, holds another
     *                       type than unsigned bytes, announces no values or more than an array holds,
     *                       ends before the values its header announces, or has bytes after them
     *                       (after its values, or after its gzip stream)
     */
    public static IdxArray read(Path path) {
        String file = path.toString();
        try (Source source = open(path)) {
            InputStream in = source.in();
            byte[] magic = in.readNBytes(4);
            if (magic.length < 4) {
                throw new DataException(Text.of("idx.too_short", file, String.valueOf(magic.length)));
            }
            checkMagic(file, magic);
            int[] dims = readDims(file, in, magic[3] & 0xff);
            int size = valueCount(file, dims);
            byte[] values;
            if (source.compressed() && fitsTrailer(source, dims.length, size)) {
                // One array, filled in place: no doubling copies, no second array of the whole data set.
                values = new byte[size];
                int filled = readFully(in, values);
                if (filled < size) {
                    throw truncated(file, dims, size, filled);
                }
            } else if (source.compressed()) {
                values = readGrowing(in, size);
                if (values.length < size) {
                    throw truncated(file, dims, size, values.length);
                }
            } else {
                // The file's length is known: check it holds what the header announces before allocating.
                long present = source.length() - 4 - 4L * dims.length;
                if (present < size) {
                    throw truncated(file, dims, size, present);
                }
                if (present > size) {
                    throw extraBytes(file, size);
                }
                values = new byte[size];
                int filled = readFully(in, values);
                if (filled < size) {
                    throw truncated(file, dims, size, filled);
                }
            }
            if (in.read() != -1) {
                throw extraBytes(file, size);
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
     * @throws DataException when the file is missing or not a regular file, is not IDX, holds another
     *                       type than unsigned bytes, announces no values or more than an array holds,
     *                       or ends inside its header
     */
    public static int[] readShape(Path path) {
        String file = path.toString();
        try (Source source = open(path)) {
            InputStream in = source.in();
            byte[] magic = in.readNBytes(4);
            if (magic.length < 4) {
                throw new DataException(Text.of("idx.too_short", file, String.valueOf(magic.length)));
            }
            checkMagic(file, magic);
            int[] dims = readDims(file, in, magic[3] & 0xff);
            valueCount(file, dims);
            return dims;
        } catch (IOException e) {
            throw readFailure(file, e);
        }
    }

    /** What went wrong reading {@code file}, in the user's words. */
    private static DataException readFailure(String file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new DataException(Text.of("data.not_found", file));
        }
        if (e instanceof AccessDeniedException) {
            return new DataException(Text.of("data.permission_denied", file));
        }
        Text gzip = StrictGzipInputStream.explain(file, e);
        if (gzip != null) {
            return new DataException(gzip);
        }
        Text reason = e.getMessage() == null ? Text.of("data.io_error") : Text.verbatim(e.getMessage());
        return new DataException(Text.of("data.cannot_read", file, reason), e);
    }

    /**
     * Whether a gzip file's trailer agrees with its IDX header about its size, and the file is long
     * enough for that many values within the hostile-input bound: then {@code size} bytes can be allocated at once. The
     * trailer's ISIZE is the decompressed length modulo 2^32 of the file's last gzip member, which for
     * a file of one member is the magic number, the sizes and the values. A forged header would need a
     * forged trailer too, and even then costs at most four times the file's length plus 64 MB.
     */
    private static boolean fitsTrailer(Source source, int dimensionCount, int size) {
        long decompressed = 4 + 4L * dimensionCount + size;
        return source.trailerSize() == (decompressed & 0xffff_ffffL) && size <= 4 * source.length() + EAGER_SLACK;
    }

    /**
     * An open file: the stream of its (decompressed) bytes, whether it is gzip, its length on disk, and
     * for gzip the decompressed size its trailer records (-1 when the file is too short to have one).
     */
    private record Source(InputStream in, boolean compressed, long length, long trailerSize) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /**
     * Opens the file, decompressing it when its first two bytes are the gzip signature. Only regular
     * files are opened: reading a named pipe would wait for a writer forever.
     */
    private static Source open(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            throw new DataException(Text.of("idx.directory", path.toString()));
        }
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            throw new DataException(Text.of("idx.not_regular", path.toString()));
        }
        long length = Files.size(path);
        BufferedInputStream in = new BufferedInputStream(Files.newInputStream(path), BUFFER);
        try {
            in.mark(2);
            int first = in.read();
            int second = in.read();
            in.reset();
            boolean gzip = first == 0x1f && second == 0x8b;
            long trailerSize = gzip ? trailerSize(path, length) : -1;
            return new Source(gzip ? new StrictGzipInputStream(in, BUFFER) : in, gzip, length, trailerSize);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** The last four bytes of a gzip file, little-endian (its last member's ISIZE); -1 when it is too short. */
    private static long trailerSize(Path path, long length) throws IOException {
        if (length < GZIP_MIN_LENGTH) {
            return -1;
        }
        try (SeekableByteChannel channel = Files.newByteChannel(path)) {
            ByteBuffer last = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
            channel.position(length - 4);
            while (last.hasRemaining()) {
                if (channel.read(last) < 0) {
                    return -1; // the file shrank since its length was taken
                }
            }
            return last.getInt(0) & 0xffff_ffffL;
        }
    }

    /**
     * Reads up to {@code size} bytes from a stream whose length is not known beforehand (gzip), in
     * a buffer that starts small and doubles only as bytes arrive: a header that claims more than
     * the file holds costs no more memory than the bytes actually present. Returns what came.
     */
    private static byte[] readGrowing(InputStream in, int size) throws IOException {
        byte[] values = new byte[Math.min(size, FIRST_CHUNK)];
        int filled = 0;
        while (true) {
            if (filled == values.length) {
                if (filled == size) {
                    return values;
                }
                values = Arrays.copyOf(values, (int) Math.min(size, 2L * values.length));
            }
            int n = in.read(values, filled, values.length - filled);
            if (n < 0) {
                return Arrays.copyOf(values, filled);
            }
            filled += n;
        }
    }

    /** Fills {@code values} straight from the stream (no intermediate chunks); returns how many bytes came. */
    private static int readFully(InputStream in, byte[] values) throws IOException {
        int filled = 0;
        while (filled < values.length) {
            int n = in.read(values, filled, values.length - filled);
            if (n < 0) {
                break;
            }
            filled += n;
        }
        return filled;
    }

    /**
     * The number of values the header announces, refused when it is zero or more than one array can
     * hold (dimensions whose product wraps around 32 bits, such as 2^32, are refused, not read as 0).
     */
    private static int valueCount(String file, int[] dims) {
        if (dims[0] == 0) {
            throw new DataException(Text.of("idx.no_items", file));
        }
        for (int d = 1; d < dims.length; d++) {
            if (dims[d] == 0) {
                throw new DataException(Text.of("idx.empty_items", file, shape(dims), String.valueOf(d + 1)));
            }
        }
        long size = 1;
        for (int d : dims) {
            size *= d; // each factor is below 2^31 and the product so far at most MAX_VALUES: no long overflow
            if (size > MAX_VALUES) {
                throw new DataException(
                        Text.of("idx.too_many_values", file, describe(dims), String.valueOf(MAX_VALUES)));
            }
        }
        return (int) size;
    }

    private static void checkMagic(String file, byte[] magic) {
        int type = magic[2] & 0xff;
        if (magic[0] != 0 || magic[1] != 0 || magic[3] == 0) {
            throw new DataException(Text.of("idx.magic", file, hex(magic)));
        }
        if (type != UNSIGNED_BYTE) {
            throw new DataException(Text.of("idx.type", file, "0x" + String.format("%02X", type), hex(magic)));
        }
    }

    private static int[] readDims(String file, InputStream in, int count) throws IOException {
        byte[] header = in.readNBytes(4 * count);
        if (header.length < 4 * count) {
            throw new DataException(Text.of("idx.truncated_header", file, String.valueOf(count)));
        }
        int[] dims = new int[count];
        for (int d = 0; d < count; d++) {
            int at = 4 * d;
            dims[d] = (header[at] & 0xff) << 24
                    | (header[at + 1] & 0xff) << 16
                    | (header[at + 2] & 0xff) << 8
                    | header[at + 3] & 0xff;
            if (dims[d] < 0) {
                throw new DataException(Text.of("idx.negative", file, String.valueOf(d + 1)));
            }
        }
        return dims;
    }

    private static DataException extraBytes(String file, int size) {
        return new DataException(Text.of("idx.extra_bytes", file, String.valueOf(size)));
    }

    private static DataException truncated(String file, int[] dims, long expected, long found) {
        return new DataException(
                Text.of("idx.truncated", file, describe(dims), String.valueOf(expected), String.valueOf(found)));
    }

    private static Text describe(int[] dims) {
        return dims.length > 1
                ? Text.of("idx.items_of", dims[0], String.valueOf(dims[0]), shape(dims))
                : Text.of("idx.items", dims[0], String.valueOf(dims[0]));
    }

    /** The shape of one item, {@code 28×28}. */
    private static String shape(int[] dims) {
        StringBuilder text = new StringBuilder();
        for (int d = 1; d < dims.length; d++) text.append(d > 1 ? "×" : "").append(dims[d]);
        return text.toString();
    }

    private static String hex(byte[] magic) {
        return String.format("0x%02X%02X%02X%02X", magic[0], magic[1], magic[2], magic[3]);
    }
}
