package dev.neurona.lang.check.facts;

import dev.neurona.runtime.data.CsvLoader;
import dev.neurona.runtime.data.DataException;
import dev.neurona.runtime.data.DataOptions;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.data.IdxArray;
import dev.neurona.runtime.data.IdxReader;
import dev.neurona.runtime.data.Task;
import dev.neurona.runtime.i18n.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one place where a check reads data files, and only cheaply: the header of an IDX image
 * file and its (small) label file; the header of a CSV file, and the whole of a CSV file small
 * enough to read in a moment, since its classes and one-hot widths show only in its rows.
 */
public final class SourceFacts {

    /** CSV files up to this size are read whole by a check; larger ones only when they run. */
    static final long CSV_READ_AHEAD_BYTES = 32L << 20;

    private SourceFacts() {}

    /**
     * The column names of a CSV file.
     *
     * @throws DataException when the file cannot be read or its header is broken
     */
    public static List<String> csvHeader(Path file, String delimiter, boolean header) {
        return CsvLoader.readHeader(file, delimiter, header);
    }

    /**
     * The shape of a CSV data set as {@code options} read it, or empty when the file is too large
     * to read ahead, its rows cannot be loaded (running reports why, naming the line), or they do
     * not fit in memory (running reports what was being loaded and what helps).
     * What it loads goes to {@code loads}, for the run to take instead of loading the file again.
     */
    public static Optional<DataShape> csv(Path file, DataOptions options, CheckedLoads loads) {
        try {
            if (Files.size(file) > CSV_READ_AHEAD_BYTES) {
                return Optional.empty();
            }
            // The seed is the run's to choose: with shuffle the limit is left to the pipeline, which
            // keeps the rows a seeded load would hold; without, the first rows hold whatever the seed.
            Dataset data = options.shuffle() ? CsvLoader.load(file, options) : CsvLoader.load(file, options, 0);
            if (!options.stream()) {
                loads.keep(file, options, data);
            }
            return Optional.of(DataShape.of(data));
        } catch (DataException | IOException e) {
            return Optional.empty();
        } catch (OutOfMemoryError e) {
            // What the read held is garbage now; the data statement meets the same limit when it runs.
            return Optional.empty();
        }
    }

    /**
     * The shape of an IDX data set from the images' header and the labels.
     *
     * @throws DataException when a file is not what it should be: not IDX, not images or labels,
     *                       or holding different counts
     */
    public static DataShape idx(Path images, Path labels) {
        int[] dims = IdxReader.readShape(images);
        if (dims.length != 3) {
            throw new DataException(
                    dims.length == 1
                            ? Text.of("idx.expected_images_labels", images.toString())
                            : Text.of("idx.expected_images", images.toString(), String.valueOf(dims.length)));
        }
        IdxArray classes = IdxReader.read(labels);
        if (classes.dims().length != 1) {
            throw new DataException(
                    Text.of("idx.expected_labels", labels.toString(), String.valueOf(classes.dims().length)));
        }
        if (classes.count() != dims[0]) {
            throw new DataException(Text.of(
                    "idx.counts_differ",
                    images.toString(),
                    String.valueOf(dims[0]),
                    labels.toString(),
                    String.valueOf(classes.count())));
        }
        int largest = 0;
        for (byte label : classes.values()) {
            largest = Math.max(largest, label & 0xff);
        }
        List<String> classNames = new ArrayList<>();
        for (int c = 0; c <= largest; c++) {
            classNames.add(Integer.toString(c));
        }
        List<DataShape.RawColumn> pixels = new ArrayList<>();
        for (int p = 0; p < dims[1] * dims[2]; p++) {
            pixels.add(new DataShape.RawColumn("px" + p, false));
        }
        return new DataShape(List.of(dims[1], dims[2]), Task.CLASSIFICATION, classNames, List.of("label"), pixels);
    }
}
