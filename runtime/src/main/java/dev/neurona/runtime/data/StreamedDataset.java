package dev.neurona.runtime.data;

import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * A data set read from its file batch by batch ({@code stream}), each time it is used: all the
 * kept rows of a {@link CsvStream}, or one part of its split. It knows its shape, preprocessing,
 * rows and classes from the first pass; its rows are read again by each {@link #batches} call.
 * <pre>{@code
 * StreamedData clicks = CsvStream.open(Path.of("clicks.csv.gz"), options, "clicks", 7);
 * try (StreamBatches epoch = clicks.part("train").batches(256, new SplittableRandom(1))) {
 *     while (epoch.hasNext()) {
 *         Batch batch = epoch.next();   // batch.rows() rows of batch.width() features
 *     }
 * }
 * }</pre>
 */
public final class StreamedDataset {
    private final CsvStream stream;
    private final int part;
    private final String name;

    StreamedDataset(CsvStream stream, int part, String name) {
        this.stream = stream;
        this.part = part;
        this.name = name;
    }

    public String name() {
        return name;
    }

    public Schema schema() {
        return stream.schema;
    }

    public Preprocessing preprocessing() {
        return stream.preprocessing;
    }

    public Task task() {
        return stream.schema.task();
    }

    public java.util.List<String> classNames() {
        return stream.schema.classNames();
    }

    /** The number of features per row (the model's input width). */
    public int width() {
        return stream.schema.featureCount();
    }

    /** The rows one pass gives, as the first pass counted them. */
    public int rows() {
        if (part >= 0) {
            return stream.partRows[part];
        }
        return (int) stream.keptRows;
    }

    /** How many rows each class has, in class order (classification only; empty for regression). */
    public int[] classCounts() {
        if (stream.partClasses == null) {
            return new int[0];
        }
        if (part >= 0) {
            return stream.partClasses[part].clone();
        }
        int[] counts = new int[stream.schema.classCount()];
        for (int[] partCounts : stream.partClasses) {
            for (int c = 0; c < counts.length; c++) counts[c] += partCounts[c];
        }
        return counts;
    }

    /** The rows a shuffled pass draws from ({@code shuffle_buffer}). */
    public int shuffleBuffer() {
        return stream.options.shuffleBuffer();
    }

    /** The file read. */
    public String file() {
        return stream.file;
    }

    /** One pass in file order, in batches of {@code batchSize} rows (the last may be smaller). */
    public StreamBatches batches(int batchSize) {
        return batches(batchSize, null);
    }

    /**
     * One pass in batches of {@code batchSize} rows, shuffled through a buffer of
     * {@link #shuffleBuffer()} rows with draws from {@code random}, or in file order when it is null.
     */
    public StreamBatches batches(int batchSize, @Nullable SplittableRandom random) {
        return new StreamBatches(stream, part, name, rows(), batchSize, random, shuffleBuffer());
    }

    /** The first {@code count} rows (fewer when it has fewer) in file order, loaded, named like this one. */
    public Dataset head(int count) {
        try (StreamBatches first = batches(Math.max(1, Math.min(count, rows())))) {
            Batch batch = first.next();
            int n = batch.rows();
            return new Dataset(
                    name,
                    schema(),
                    preprocessing(),
                    java.util.Arrays.copyOf(batch.features(), n * width()),
                    n,
                    batch.labels() == null ? null : java.util.Arrays.copyOf(batch.labels(), n),
                    batch.targets() == null ? null : java.util.Arrays.copyOf(batch.targets(), n));
        }
    }

    @Override
    public String toString() {
        return "StreamedDataset[" + name + ", " + rows() + " rows × " + width() + " features, " + task().keyword()
                + ", streamed]";
    }
}
