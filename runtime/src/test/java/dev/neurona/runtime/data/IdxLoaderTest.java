package dev.neurona.runtime.data;

import static dev.neurona.runtime.data.IdxFiles.gzip;
import static dev.neurona.runtime.data.IdxFiles.images;
import static dev.neurona.runtime.data.IdxFiles.labels;
import static dev.neurona.runtime.data.IdxFiles.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxLoaderTest {
    @TempDir
    Path dir;

    @Test
    void loadsPlainImagesAsRawPixelFloatsWithLabelsAsClasses() {
        Path img = write(dir.resolve("img.idx3-ubyte"), images(3, 2, 3));
        Path lab = write(dir.resolve("lab.idx1-ubyte"), labels(2, 0, 2));

        Dataset data = IdxLoader.load(img, lab);

        assertEquals(3, data.rows());
        assertEquals(6, data.width());
        assertEquals(Task.CLASSIFICATION, data.task());
        assertEquals(List.of(2, 3), data.schema().featureShape());
        assertEquals(
                List.of("px0", "px1", "px2", "px3", "px4", "px5"), data.schema().featureNames());
        assertEquals(List.of("0", "1", "2"), data.classNames());
        assertArrayEquals(new int[] {2, 0, 2}, data.labels());
        assertArrayEquals(new float[] {7, 8, 9, 10, 11, 12}, data.row(1));
        assertEquals("img.idx3-ubyte", data.name());
    }

    @Test
    void readsTheShapeFromTheHeaderAlone() {
        Path img = write(dir.resolve("img.gz"), gzip(images(3, 2, 3)));
        Path truncated = write(dir.resolve("cut.idx"), Arrays.copyOf(labels(1, 2, 3), 9));

        assertArrayEquals(new int[] {3, 2, 3}, IdxReader.readShape(img));
        assertArrayEquals(new int[] {3}, IdxReader.readShape(truncated)); // the values are not read
        DataException e = assertThrows(DataException.class, () -> IdxReader.readShape(dir.resolve("none")));
        assertEquals(dir.resolve("none") + ": file not found", e.getMessage());
    }

    @Test
    void readsPixelBytesAsUnsigned() {
        Path img = write(dir.resolve("img"), IdxFiles.idx(new int[] {1, 1, 2}, new byte[] {(byte) 255, (byte) 128}));
        Path lab = write(dir.resolve("lab"), labels(9));

        Dataset data = IdxLoader.load(img, lab);

        assertArrayEquals(new float[] {255, 128}, data.row(0));
        assertEquals(10, data.classNames().size());
    }

    @Test
    void detectsGzipFromTheBytesNotTheName() {
        Dataset fromPlain = IdxLoader.load(
                write(dir.resolve("p.gz"), images(4, 2, 2)), write(dir.resolve("l.gz"), labels(1, 2, 3, 0)));
        Dataset fromGzip = IdxLoader.load(
                write(dir.resolve("p.idx"), gzip(images(4, 2, 2))),
                write(dir.resolve("l.idx"), gzip(labels(1, 2, 3, 0))));

        assertArrayEquals(new float[] {7, 8, 9, 10}, fromGzip.row(1));
        assertArrayEquals(fromPlain.features(), fromGzip.features());
        assertArrayEquals(fromPlain.labels(), fromGzip.labels());
    }

    @Test
    void refusesAWrongMagicNumber() {
        byte[] bytes = images(2, 2, 2);
        bytes[0] = 0x12;
        Path img = write(dir.resolve("img.gz"), gzip(bytes));

        DataException e =
                assertThrows(DataException.class, () -> IdxLoader.load(img, write(dir.resolve("lab"), labels(0, 1))));

        assertEquals(
                img + ": not an IDX file: wrong magic number 0x12000803 (an IDX file starts with 00 00,"
                        + " a type byte and a dimension count, e.g. 0x00000803 for images)",
                e.getMessage());
    }

    @Test
    void refusesALabelFileGivenAsImages() {
        Path lab = write(dir.resolve("lab"), labels(0, 1));

        DataException e = assertThrows(DataException.class, () -> IdxLoader.load(lab, lab));

        assertEquals(
                lab + ": expected images (an IDX file of 3 dimensions: count, rows, columns), found 1 dimension"
                        + " — is this a label file?",
                e.getMessage());
    }

    @Test
    void refusesValuesOtherThanUnsignedBytes() {
        byte[] bytes = labels(0, 1);
        bytes[2] = 0x0D;
        Path lab = write(dir.resolve("floats"), bytes);

        DataException e = assertThrows(DataException.class, () -> IdxReader.read(lab));

        assertEquals(
                lab + ": the IDX file holds values of type 0x0D (magic number 0x00000D01);"
                        + " only unsigned bytes (type 0x08), as in MNIST, can be read",
                e.getMessage());
    }

    @Test
    void refusesATruncatedPlainFile() {
        byte[] whole = images(3, 2, 2);
        Path img = write(dir.resolve("img"), Arrays.copyOf(whole, whole.length - 5));

        DataException e = assertThrows(DataException.class, () -> IdxReader.read(img));

        assertEquals(
                img + ": the file is truncated: its header announces 3 items of 2×2 (12 bytes of values)"
                        + " but only 7 bytes follow",
                e.getMessage());
    }

    @Test
    void refusesATruncatedGzipFile() {
        byte[] whole = gzip(images(50, 4, 4));
        Path img = write(dir.resolve("img.gz"), Arrays.copyOf(whole, whole.length / 2));

        DataException e = assertThrows(DataException.class, () -> IdxReader.read(img));

        assertEquals(img + ": the file is truncated (its gzip stream ends early)", e.getMessage());
    }

    @Test
    void refusesAFileEndingInsideItsHeader() {
        Path img = write(dir.resolve("img"), Arrays.copyOf(images(1, 2, 2), 9));

        DataException e = assertThrows(DataException.class, () -> IdxReader.read(img));

        assertEquals(img + ": the file is truncated: it ends inside its header of 3 dimensions", e.getMessage());
    }

    @Test
    void refusesBytesAfterTheAnnouncedValues() {
        byte[] whole = labels(1, 2);
        Path lab = write(dir.resolve("lab"), Arrays.copyOf(whole, whole.length + 1));

        DataException e = assertThrows(DataException.class, () -> IdxReader.read(lab));

        assertEquals(lab + ": the file has more bytes than the 2 values its header announces", e.getMessage());
    }

    @Test
    void refusesImageAndLabelCountsThatDiffer() {
        Path img = write(dir.resolve("img"), images(3, 2, 2));
        Path lab = write(dir.resolve("lab"), labels(0, 1));

        DataException e = assertThrows(DataException.class, () -> IdxLoader.load(img, lab));

        assertEquals(
                img + " holds 3 images but " + lab + " holds 2 labels; they must hold one label per image",
                e.getMessage());
    }

    @Test
    void namesAMissingFile() {
        Path img = dir.resolve("nowhere-images.gz");

        DataException e = assertThrows(DataException.class, () -> IdxLoader.load(img, img));

        assertEquals(img + ": file not found", e.getMessage());
    }

    @Test
    void refusesAnEmptyFile() {
        Path img = write(dir.resolve("empty"), new byte[0]);

        DataException e = assertThrows(DataException.class, () -> IdxReader.read(img));

        assertEquals(img + ": the file is too short to be an IDX file (0 bytes)", e.getMessage());
    }
}
