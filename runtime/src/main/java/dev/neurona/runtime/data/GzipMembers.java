package dev.neurona.runtime.data;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * The bytes of a gzip file (RFC 1952; one member or several, as {@code cat a.gz b.gz} makes),
 * each member's CRC and length checked. Unlike {@link java.util.zip.GZIPInputStream}, which stops
 * quietly at bytes that are not another member, anything after the last member is an error: a
 * file with junk at its end is damaged, and its rows should not be trusted.
 */
final class GzipMembers extends InputStream {
    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;

    private final PushbackInputStream in;
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    private final byte[] input = new byte[1 << 16];
    private int inputLength;
    private long size;
    private boolean done;

    /** @throws ZipException when {@code in} does not start with a gzip header */
    GzipMembers(InputStream in) throws IOException {
        this.in = new PushbackInputStream(in, input.length);
        readHeader();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (length == 0) return 0;
        while (!done) {
            int count;
            try {
                count = inflater.inflate(into, offset, length);
            } catch (DataFormatException e) {
                throw new ZipException(e.getMessage());
            }
            if (count > 0) {
                crc.update(into, offset, count);
                size += count;
                return count;
            }
            if (inflater.finished()) {
                endMember();
            } else if (inflater.needsDictionary()) {
                throw new ZipException("a preset dictionary is not allowed in gzip");
            } else if (inflater.needsInput()) {
                inputLength = in.read(input, 0, input.length);
                if (inputLength < 0) throw new EOFException("the gzip stream ends early");
                inflater.setInput(input, 0, inputLength);
            }
        }
        return -1;
    }

    /** Checks the member's trailer; then the text ends, or another member starts. */
    private void endMember() throws IOException {
        int left = inflater.getRemaining();
        if (left > 0) in.unread(input, inputLength - left, left);
        long storedCrc = readInt();
        long storedSize = readInt();
        if (storedCrc != crc.getValue()) throw new ZipException("the data does not match its CRC");
        if (storedSize != (size & 0xffffffffL)) throw new ZipException("the data does not match its stored length");
        int first = in.read();
        if (first < 0) {
            done = true;
            return;
        }
        int second = in.read();
        if (first != 0x1f || second != 0x8b) throw new ZipException("other bytes follow the end of the gzip data");
        in.unread(second);
        in.unread(first);
        inflater.reset();
        crc.reset();
        size = 0;
        readHeader();
    }

    private void readHeader() throws IOException {
        if (readByte() != 0x1f || readByte() != 0x8b) throw new ZipException("not in gzip format");
        if (readByte() != 8) throw new ZipException("unsupported compression method");
        int flags = readByte();
        for (int i = 0; i < 6; i++) readByte(); // modification time, extra flags, operating system
        if ((flags & FEXTRA) != 0) {
            int length = readByte() | readByte() << 8;
            for (int i = 0; i < length; i++) readByte();
        }
        if ((flags & FNAME) != 0) while (readByte() != 0) { /* the original file name */ }
        if ((flags & FCOMMENT) != 0) while (readByte() != 0) { /* a comment */ }
        if ((flags & FHCRC) != 0) {
            readByte();
            readByte();
        }
    }

    private long readInt() throws IOException {
        return (readByte() | readByte() << 8 | readByte() << 16 | (long) readByte() << 24) & 0xffffffffL;
    }

    private int readByte() throws IOException {
        int b = in.read();
        if (b < 0) throw new EOFException("the gzip stream ends early");
        return b;
    }

    @Override
    public void close() throws IOException {
        inflater.end();
        in.close();
    }
}
