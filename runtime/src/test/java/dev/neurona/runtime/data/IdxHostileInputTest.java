package dev.neurona.runtime.data;

import static dev.neurona.runtime.data.IdxFiles.gzip;
import static dev.neurona.runtime.data.IdxFiles.idx;
import static dev.neurona.runtime.data.IdxFiles.images;
import static dev.neurona.runtime.data.IdxFiles.labels;
import static dev.neurona.runtime.data.IdxFiles.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * IDX files crafted to do harm: headers that claim far more than the file holds, sizes that wrap
 * around 32 bits, empty shapes, junk after a gzip stream, a named pipe. Each is refused with a
 * message that names the file and says what is wrong, and the reader allocates no more than
 * {@link #BOUND} bytes doing so. (Surefire also runs this class under a 64 MB heap.)
 */
class IdxHostileInputTest {
    /** Far below what the headers claim (2 to 6 GB), well above what reading a few KB needs. */
    private static final long BOUND = 16L << 20;

    @TempDir
    Path dir;

    @Test
    void refusesAPlainHeaderClaimingMoreThanTheFileHoldsWithoutAllocatingIt() {
        // 28 bytes whose header announces 46000×46000 = 2,116,000,000 pixels.
        Path img = write(dir.resolve("claims-2gb.idx"), idx(new int[] {1, 46000, 46000}, new byte[12]));

        DataException e = refusedWithin(BOUND, () -> IdxReader.read(img));

        assertEquals(
                img + ": the file is truncated: its header announces 1 item of 46000×46000 (2116000000 bytes of values)"
                        + " but only 12 bytes follow",
                e.getMessage());
    }

    @Test
    void refusesAGzipHeaderClaimingMoreThanTheStreamHoldsWithoutAllocatingIt() {
        Path img = write(dir.resolve("claims-2gb.gz"), gzip(idx(new int[] {1, 46000, 46000}, new byte[1000])));

        DataException e = refusedWithin(BOUND, () -> IdxReader.read(img));

        assertEquals(
                img + ": the file is truncated: its header announces 1 item of 46000×46000 (2116000000 bytes of values)"
                        + " but only 1000 bytes follow",
                e.getMessage());
    }

    @Test
    void refusesA32ByteHeaderClaiming6GigabytesAsMoreThanAnArrayHolds() {
        Path img = write(dir.resolve("claims-6gb.idx"), idx(new int[] {60000, 320, 320}, new byte[16]));

        assertEquals(32, img.toFile().length());
        DataException e = refusedWithin(BOUND, () -> IdxReader.read(img));

        assertEquals(
                img + ": the header announces 60000 items of 320×320, more values than one array can hold"
                        + " (at most 2147483639); is the header damaged? Split larger data into several files",
                e.getMessage());
    }

    @Test
    void refusesDimensionsWhoseProductWrapsTo0In32Bits() {
        // 65536 × 256 × 256 = 2^32, which an int product turns into 0: nothing to train on, and no error.
        Path img = write(dir.resolve("wraps.idx"), idx(new int[] {65536, 256, 256}, new byte[0]));
        String expected = img + ": the header announces 65536 items of 256×256, more values than one array can hold"
                + " (at most 2147483639); is the header damaged? Split larger data into several files";

        assertEquals(expected, refusedWithin(BOUND, () -> IdxReader.read(img)).getMessage());
        assertEquals(
                expected,
                assertThrows(DataException.class, () -> IdxReader.readShape(img))
                        .getMessage());
    }

    @Test
    void refusesImagesOf0By0Pixels() {
        Path img = write(dir.resolve("empty-images.idx"), idx(new int[] {5, 0, 0}, new byte[0]));
        String expected = img
                + ": the header gives items of 0×0, which hold no values (dimension 2 is 0); is this the right file?";

        assertEquals(
                expected,
                assertThrows(DataException.class, () -> IdxReader.read(img)).getMessage());
        assertEquals(
                expected,
                assertThrows(DataException.class, () -> IdxReader.readShape(img))
                        .getMessage());
    }

    @Test
    void refusesAFileOf0Items() {
        Path lab = write(dir.resolve("no-labels.idx"), labels());
        String expected =
                lab + ": the file holds no items (its header gives a count of 0); use a file with at least one";

        assertEquals(
                expected,
                assertThrows(DataException.class, () -> IdxReader.read(lab)).getMessage());
        assertEquals(
                expected,
                assertThrows(DataException.class, () -> IdxReader.readShape(lab))
                        .getMessage());
    }

    @Test
    void refusesJunkAfterTheGzipStream() {
        byte[] whole = gzip(images(3, 2, 2));
        for (byte[] junk : new byte[][] {{'x'}, "appended text".getBytes(), new byte[512], {0x1f}}) {
            byte[] withJunk = Arrays.copyOf(whole, whole.length + junk.length);
            System.arraycopy(junk, 0, withJunk, whole.length, junk.length);
            Path img = write(dir.resolve("junk.gz"), withJunk);

            DataException e = assertThrows(DataException.class, () -> IdxReader.read(img), Arrays.toString(junk));

            assertEquals(
                    img + ": the file has bytes after the end of its gzip stream (appended data, or a damaged copy?);"
                            + " get a fresh copy of the file",
                    e.getMessage());
        }
    }

    @Test
    void readsGzipMembersJoinedOneAfterTheOther() {
        // gzip allows several members in one file (cat a.gz b.gz); they decompress as one stream.
        byte[] whole = images(3, 2, 2);
        byte[] first = gzip(Arrays.copyOf(whole, 10));
        byte[] second = gzip(Arrays.copyOfRange(whole, 10, whole.length));
        byte[] joined = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        Path img = write(dir.resolve("joined.gz"), joined);

        assertArrayEquals(
                Arrays.copyOfRange(whole, 16, whole.length), IdxReader.read(img).values());
    }

    @Test
    void refusesAGzipStreamWhoseChecksumDoesNotMatch() {
        byte[] damaged = gzip(images(3, 2, 2));
        damaged[damaged.length - 8] ^= 1; // the CRC-32 of the trailer
        Path img = write(dir.resolve("crc.gz"), damaged);

        DataException e = assertThrows(DataException.class, () -> IdxReader.read(img));

        assertEquals(
                img + ": the file starts like gzip but is not valid gzip (its checksum does not match its contents)",
                e.getMessage());
    }

    @Test
    void refusesCorruptCompressedDataInWords() {
        byte[] damaged = gzip(images(40, 8, 8));
        for (int i = 10; i < 20; i++) damaged[i] = (byte) 0xff; // inside the deflate blocks
        Path img = write(dir.resolve("corrupt.gz"), damaged);

        DataException e = assertThrows(DataException.class, () -> IdxReader.read(img));

        assertEquals(
                img + ": the file starts like gzip but is not valid gzip (its compressed data is corrupt)",
                e.getMessage());
        assertFalse(e.getMessage().contains("null") || e.getMessage().contains("Exception"), e.getMessage());
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC}) // mkfifo is POSIX
    void refusesANamedPipeInsteadOfWaitingForAWriter() throws IOException, InterruptedException {
        Path fifo = dir.resolve("images.fifo");
        Process mkfifo =
                new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor());
        String expected = fifo + ": is not a regular file (a named pipe, device or socket?);"
                + " IDX data is read from ordinary files: copy it into one first";

        // Opening a pipe for reading blocks until someone writes: a hang here is the bug.
        DataException read = assertTimeoutPreemptively(
                Duration.ofSeconds(10), () -> assertThrows(DataException.class, () -> IdxReader.read(fifo)));
        DataException shape = assertTimeoutPreemptively(
                Duration.ofSeconds(10), () -> assertThrows(DataException.class, () -> IdxReader.readShape(fifo)));

        assertEquals(expected, read.getMessage());
        assertEquals(expected, shape.getMessage());
    }

    @Test
    void readsAWellFormedFileWhoseValuesArriveInManyChunks() {
        // Two gzip members joined (cat a.gz b.gz): the trailer records only the last one's size, so
        // the reader cannot trust the header's and grows its buffer past the first 1 MB as bytes come.
        int count = 1500;
        byte[] whole = images(count, 28, 28);
        int half = whole.length / 2;
        byte[] first = gzip(Arrays.copyOf(whole, half));
        byte[] second = gzip(Arrays.copyOfRange(whole, half, whole.length));
        byte[] joined = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        Path img = write(dir.resolve("big.gz"), joined);

        IdxArray read = IdxReader.read(img);

        assertArrayEquals(new int[] {count, 28, 28}, read.dims());
        assertArrayEquals(Arrays.copyOfRange(whole, 16, whole.length), read.values());
    }

    @Test
    void readsAWellFormedGzipFileIntoOneArrayOfItsSizeWithoutASecondCopy() {
        // 12,000 images of 28×28 (9.4 MB of values): a buffer that doubled as bytes arrived would
        // allocate 1 + 2 + 4 + 8 MB and then the trimmed 9.4 MB, about 2.6 times the values.
        int count = 12_000;
        byte[] whole = images(count, 28, 28);
        Path img = write(dir.resolve("exact.gz"), gzip(whole));
        long values = whole.length - 16L;

        com.sun.management.ThreadMXBean threads = allocationCounter();
        long before = threads.getCurrentThreadAllocatedBytes();
        IdxArray read = IdxReader.read(img);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertArrayEquals(Arrays.copyOfRange(whole, 16, whole.length), read.values());
        assertTrue(
                allocated < values + values / 8,
                "allocated " + allocated + " bytes to read " + values + " values, more than one array of them");
    }

    @Test
    void aGzipTrailerThatAgreesWithAForgedHeaderStillCostsNoMoreThanTheFileCouldHold() {
        // The header claims 46000×46000 pixels and the trailer's ISIZE is forged to agree, but 1000
        // bytes of gzip could never decompress to 2 GB: the buffer grows only as bytes arrive.
        byte[] forged = gzip(idx(new int[] {1, 46000, 46000}, new byte[1000]));
        long claimed = 4 + 4 * 3 + 46000L * 46000L;
        for (int b = 0; b < 4; b++) forged[forged.length - 4 + b] = (byte) (claimed >>> (8 * b));
        Path img = write(dir.resolve("forged-trailer.gz"), forged);

        DataException e = refusedWithin(BOUND, () -> IdxReader.read(img));

        assertEquals(
                img + ": the file starts like gzip but is not valid gzip"
                        + " (its recorded length does not match its contents)",
                e.getMessage());
    }

    @Test
    void aForgedTrailerOnAShortFileBuysNoArrayBeyondTheHostileInputBound() {
        // 200 KB of incompressible gzip claiming 14000×14000 pixels (196 MB), its trailer forged to
        // agree: deflate could in principle expand so many bytes that far, but the reader allocates
        // at most four times the file plus 64 MB before bytes arrive.
        byte[] noise = new byte[200_000];
        new java.util.Random(7).nextBytes(noise);
        byte[] forged = gzip(idx(new int[] {1, 14000, 14000}, noise));
        long claimed = 4 + 4 * 3 + 14000L * 14000L;
        for (int b = 0; b < 4; b++) forged[forged.length - 4 + b] = (byte) (claimed >>> (8 * b));
        Path img = write(dir.resolve("forged-short.gz"), forged);

        refusedWithin(4L * forged.length + (64L << 20), () -> IdxReader.read(img));
    }

    /** Runs {@code read}, which must throw a {@link DataException}, and checks it allocated at most {@code bound} bytes. */
    private static DataException refusedWithin(long bound, Supplier<?> read) {
        com.sun.management.ThreadMXBean threads = allocationCounter();
        long before = threads.getCurrentThreadAllocatedBytes();
        DataException e = assertThrows(DataException.class, read::get);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(allocated <= bound, "allocated " + allocated + " bytes, more than the bound of " + bound);
        return e;
    }

    /** The JVM's count of bytes each thread allocated; the test fails when this JVM keeps none. */
    private static com.sun.management.ThreadMXBean allocationCounter() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assertTrue(
                threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled(),
                "this JVM cannot count allocated bytes, so the bound cannot be checked");
        return threads;
    }
}
