package dev.neurona.runtime.data;

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
                    pixels.file() + ": expected images (an IDX file of 3 dimensions: count, rows, columns), found "
                            + pixels.dims().length
                            + (pixels.dims().length == 1 ? " dimension — is this a label file?" : " dimensions"));
        }
        IdxArray classes = IdxReader.read(labels);
        if (classes.dims().length != 1) {
            throw new DataException(
                    classes.file() + ": expected labels (an IDX file of 1 dimension), found " + classes.dims().length
                            + " dimensions" + (classes.dims().length == 3 ? " — is this an image file?" : ""));
        }
        if (pixels.count() != classes.count()) {
            throw new DataException(pixels.file() + " holds " + pixels.count() + " images but " + classes.file()
                    + " holds " + classes.count() + " labels; they must hold one label per image");
        }
        if (pixels.count() == 0) {
            throw new DataException(pixels.file() + ": the file holds no images");
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
