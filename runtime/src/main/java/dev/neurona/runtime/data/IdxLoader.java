package dev.neurona.runtime.data;

import dev.neurona.runtime.i18n.Text;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads an IDX image file and its IDX label file (MNIST's format) as a classification data set.
 *
 * <p>Each image becomes one row of {@code rows × cols} features: the raw pixel values {@code 0..255}
 * (no scaling here: the {@code scale} option does that), held as the file's bytes, one per pixel,
 * and read as floats row by row. Features are named
 * {@code px0}, {@code px1}, ... in row-major order, so pixel (r, c) is {@code px(r * cols + c)};
 * the feature shape is {@code [rows, cols]}. The classes are {@code "0"} up to the largest label
 * present, so a label is its own class index ({@code "0".."9"} for MNIST).
 */
public final class IdxLoader {
    private IdxLoader() {}

    /**
     * Reads both files (each gzip-compressed or not) and pairs image {@code i} with label {@code i}.
     * The data set is named after the image file.
     *
     * @throws DataException when a file is missing or malformed, the image file does not hold
     *                       3-dimensional images or the label file 1-dimensional labels, or they
     *                       hold different counts
     */
    public static Dataset load(Path images, Path labels) {
        IdxArray pixels = IdxReader.read(images);
        if (pixels.dims().length != 3) {
            throw new DataException(
                    pixels.dims().length == 1
                            ? Text.of("idx.expected_images_labels", pixels.file())
                            : Text.of("idx.expected_images", pixels.file(), String.valueOf(pixels.dims().length)));
        }
        IdxArray classes = IdxReader.read(labels);
        if (classes.dims().length != 1) {
            throw new DataException(
                    classes.dims().length == 3
                            ? Text.of("idx.expected_labels_images", classes.file())
                            : Text.of("idx.expected_labels", classes.file(), String.valueOf(classes.dims().length)));
        }
        if (pixels.count() != classes.count()) {
            throw new DataException(Text.of(
                    "idx.counts_differ",
                    pixels.file(),
                    String.valueOf(pixels.count()),
                    classes.file(),
                    String.valueOf(classes.count())));
        }
        if (pixels.count() == 0) {
            throw new DataException(Text.of("idx.no_images", pixels.file()));
        }
        return toDataset(pixels, classes, images.getFileName().toString());
    }

    private static Dataset toDataset(IdxArray pixels, IdxArray classes, String name) {
        byte[] labelBytes = classes.values();
        int[] labels = new int[labelBytes.length];
        int largest = 0;
        for (int i = 0; i < labels.length; i++) {
            labels[i] = labelBytes[i] & 0xff;
            largest = Math.max(largest, labels[i]);
        }
        List<String> classNames = new ArrayList<>();
        for (int c = 0; c <= largest; c++) classNames.add(Integer.toString(c));

        int rows = pixels.dims()[1];
        int cols = pixels.dims()[2];
        List<String> featureNames = new ArrayList<>(rows * cols);
        for (int p = 0; p < rows * cols; p++) featureNames.add("px" + p);
        Schema schema =
                new Schema(featureNames, List.of(rows, cols), Task.CLASSIFICATION, classNames, List.of("label"));
        ByteFeatures features = new ByteFeatures(pixels.values(), rows * cols, Affine.identity(rows * cols));
        return Dataset.ofBytes(name, schema, Preprocessing.identity(featureNames), features, pixels.count(), labels);
    }
}
