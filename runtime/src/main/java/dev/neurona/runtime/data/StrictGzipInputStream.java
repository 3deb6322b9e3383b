package dev.neurona.runtime.data;

import dev.neurona.runtime.i18n.Text;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;
import org.jspecify.annotations.Nullable;

/**
 * Decompresses a gzip file (RFC 1952), one or more members one after the other, and refuses
 * anything else after them. {@link java.util.zip.GZIPInputStream} silently drops bytes after the
 * last member that do not start another one, so a file with junk appended would load as if whole.
 *
 * <p>Errors: {@link EOFException} when the file ends inside a member, {@link TrailingBytes} when
 * bytes that are not a gzip member follow the last one, {@link ZipException} for anything else
 * that is not valid gzip (its message says what, in words a user can read).
 */
final class StrictGzipInputStream extends InputStream {
    /** Bytes after the last gzip member that do not start another one. */
    static final class TrailingBytes extends IOException {
        TrailingBytes() {
            super("bytes that are not gzip follow the end of the gzip stream");
        }
    }

    /** Bytes that are not valid gzip; {@link #reason} says why, in either language. */
    static final class Invalid extends ZipException {
        private final transient Text reason;

        Invalid(Text reason) {
            super(reason.english());
            this.reason = reason;
        }
    }

    private static final int FLAG_HEADER_CRC = 2;
    private static final int FLAG_EXTRA = 4;
    private static final int FLAG_NAME = 8;
    private static final int FLAG_COMMENT = 16;
    private static final int FLAGS_RESERVED = 0xe0;

    private final PushbackInputStream in;
    private final byte[] input;
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    private int inputLength;
    /** What a failure of this stream means for {@code file}, in the user's words; null when it is not a gzip failure. */
    static @Nullable Text explain(String file, IOException e) {
        if (e instanceof EOFException) {
            return Text.of("gzip.truncated", file);
        }
        if (e instanceof TrailingBytes) {
            return Text.of("gzip.trailing", file);
        }
        if (e instanceof Invalid invalid) {
            return Text.of("gzip.invalid", file, invalid.reason);
        }
        if (e instanceof ZipException) {
            return Text.of("gzip.invalid", file, Text.verbatim(String.valueOf(e.getMessage())));
        }
        return null;
    }

    private boolean ended;

    /** Reads the first member's header; the caller has seen the gzip signature. */
    StrictGzipInputStream(InputStream raw, int bufferSize) throws IOException {
        in = new PushbackInputStream(raw, bufferSize);
        input = new byte[bufferSize];
        try {
            readHeader(true);
        } catch (IOException | RuntimeException e) {
            inflater.end();
            throw e;
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (ended) {
            return -1;
        }
        if (len == 0) {
            return 0;
        }
        while (true) {
            int n;
            try {
                n = inflater.inflate(b, off, len);
            } catch (DataFormatException e) {
                throw new Invalid(Text.of("gzip.reason.corrupt"));
            }
            if (n > 0) {
                crc.update(b, off, n);
                return n;
            }
            if (inflater.finished()) {
                endMember();
                if (ended) {
                    return -1;
                }
            } else if (inflater.needsDictionary()) {
                throw new Invalid(Text.of("gzip.reason.dictionary"));
            } else if (inflater.needsInput()) {
                inputLength = in.read(input, 0, input.length);
                if (inputLength < 0) {
                    throw new EOFException("the gzip stream ends early");
                }
                inflater.setInput(input, 0, inputLength);
            }
        }
    }

    @Override
    public void close() throws IOException {
        inflater.end();
        in.close();
    }

    /** Checks the member's trailer, then starts the next member or ends at the end of the file. */
    private void endMember() throws IOException {
        int unused = inflater.getRemaining();
        if (unused > 0) {
            in.unread(input, inputLength - unused, unused);
        }
        byte[] trailer = readExactly(8);
        if (littleEndian(trailer, 0) != crc.getValue()) {
            throw new Invalid(Text.of("gzip.reason.checksum"));
        }
        if (littleEndian(trailer, 4) != (inflater.getBytesWritten() & 0xffffffffL)) {
            throw new Invalid(Text.of("gzip.reason.length"));
        }
        int next = in.read();
        if (next < 0) {
            ended = true;
            return;
        }
        in.unread(next);
        inflater.reset();
        crc.reset();
        readHeader(false);
    }

    /** Reads a member header; after the first member, bytes that are not one are {@link TrailingBytes}. */
    private void readHeader(boolean first) throws IOException {
        int id1 = in.read();
        int id2 = id1 < 0 ? -1 : in.read();
        if (id1 != 0x1f || id2 != 0x8b) {
            if (first) {
                throw new Invalid(Text.of("gzip.reason.signature"));
            }
            throw new TrailingBytes();
        }
        byte[] fixed = readExactly(8);
        if (fixed[0] != 8) {
            throw new Invalid(Text.of("gzip.reason.method", String.valueOf(fixed[0] & 0xff)));
        }
        int flags = fixed[1] & 0xff;
        if ((flags & FLAGS_RESERVED) != 0) {
            throw new Invalid(Text.of("gzip.reason.flags"));
        }
        if ((flags & FLAG_EXTRA) != 0) {
            byte[] length = readExactly(2);
            skipExactly((length[0] & 0xff) | (length[1] & 0xff) << 8);
        }
        if ((flags & FLAG_NAME) != 0) {
            skipZeroTerminated();
        }
        if ((flags & FLAG_COMMENT) != 0) {
            skipZeroTerminated();
        }
        if ((flags & FLAG_HEADER_CRC) != 0) {
            skipExactly(2);
        }
    }

    private byte[] readExactly(int count) throws IOException {
        byte[] bytes = in.readNBytes(count);
        if (bytes.length < count) {
            throw new EOFException("the gzip stream ends early");
        }
        return bytes;
    }

    private void skipExactly(int count) throws IOException {
        readExactly(count);
    }

    private void skipZeroTerminated() throws IOException {
        int b;
        do {
            b = in.read();
            if (b < 0) {
                throw new EOFException("the gzip stream ends early");
            }
        } while (b != 0);
    }

    private static long littleEndian(byte[] bytes, int at) {
        return (bytes[at] & 0xffL)
                | (bytes[at + 1] & 0xffL) << 8
                | (bytes[at + 2] & 0xffL) << 16
                | (bytes[at + 3] & 0xffL) << 24;
    }
}
