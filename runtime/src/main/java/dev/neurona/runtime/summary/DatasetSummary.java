package dev.neurona.runtime.summary;

import dev.neurona.runtime.Printable;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.data.Schema;
import dev.neurona.runtime.data.StreamedDataset;
import dev.neurona.runtime.data.Task;
import dev.neurona.runtime.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A data set described for a person: rows, features, task, classes with their counts and share
 * (so an imbalance shows), and the first rows of a table (images are summarised, not printed).
 */
public final class DatasetSummary {
    private static final int FIRST_ROWS = 5;
    private static final int MAX_COLUMNS = 8;

    private DatasetSummary() {}

    public static String format(Dataset data) {
        return sections(data).text();
    }

    /** A streamed data set: its rows and classes as its first pass counted them, and its first rows. */
    public static String format(StreamedDataset data) {
        return sections(data).text();
    }

    /** As {@link #format(Dataset)}, in {@code messages}' language. */
    public static String format(Dataset data, Messages messages) {
        return sections(data, messages).text();
    }

    /**
     * The summary's parts as values, which {@link #text()} lays out for a terminal and a
     * notebook as HTML tables.
     *
     * @param headline   {@code data students: 400 rows × 7 features, classification}
     * @param classes    the class table, its first row the header; empty for regression
     * @param afterClasses the balance line, or for regression the targets line
     * @param firstRows  the first rows' table after preprocessing, its first row the header; empty
     *                   for images and for a data set without rows
     * @param firstImages for images, the labels of the first rows and the first image drawn in text; else empty
     * @param messages the language of the titles
     */
    public record Sections(
            String headline,
            List<String[]> classes,
            String afterClasses,
            List<String[]> firstRows,
            String firstImages,
            Messages messages) {

        public Sections {
            classes = List.copyOf(classes);
            firstRows = List.copyOf(firstRows);
        }

        /** The title of {@link #classes()}: {@code 2 classes}. */
        public String classesTitle() {
            int count = classes.size() - 1;
            return messages.text("dataset.classes", String.format(Locale.ROOT, "%,d", count), count);
        }

        /** The title of {@link #firstRows()}. */
        public String firstRowsTitle() {
            return messages.text("dataset.first_rows");
        }

        /** The summary as {@link #format} prints it. */
        public String text() {
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%s%n", headline));
            if (!classes.isEmpty()) {
                out.append(classesTitle()).append(String.format(":%n"));
                out.append(ModelSummary.table(classes));
            }
            out.append(afterClasses).append('\n');
            if (!firstRows.isEmpty()) {
                out.append(firstRowsTitle()).append(":\n").append(ModelSummary.table(firstRows));
            }
            return out.append(firstImages).toString();
        }
    }

    public static Sections sections(Dataset data) {
        return sections(data, Messages.english());
    }

    /** As {@link #format(StreamedDataset)}. */
    public static Sections sections(StreamedDataset data) {
        return sections(data, Messages.english());
    }

    /** As {@link #sections(Dataset)}, in {@code messages}' language. */
    public static Sections sections(Dataset data, Messages messages) {
        return sections(data.name(), data.rows(), data.classCounts(), data, false, messages);
    }

    /** As {@link #sections(StreamedDataset)}, in {@code messages}' language. */
    public static Sections sections(StreamedDataset data, Messages messages) {
        return sections(data.name(), data.rows(), data.classCounts(), data.head(2 * FIRST_ROWS), true, messages);
    }

    /** @param first at least the first rows, for showing them */
    private static Sections sections(
            String name, int rowCount, int[] counts, Dataset first, boolean streamed, Messages messages) {
        Schema schema = first.schema();
        String shape = schema.featureShape().size() > 1
                ? " (" + schema.featureShape().stream().map(String::valueOf).collect(Collectors.joining("x")) + ")"
                : "";
        String headline = messages.text(
                streamed ? "dataset.headline.streamed" : "dataset.headline",
                name,
                String.format(Locale.ROOT, "%,d", rowCount),
                String.format(Locale.ROOT, "%,d", first.width()),
                shape,
                messages.text(
                        schema.task() == Task.CLASSIFICATION
                                ? "dataset.task.classification"
                                : "dataset.task.regression"));
        List<String[]> rows = new ArrayList<>();
        String afterClasses;
        if (schema.task() == Task.CLASSIFICATION) {
            rows.add(new String[] {
                messages.text("dataset.column.class"),
                messages.text("dataset.column.rows"),
                messages.text("dataset.column.share"),
                ""
            });
            int most = 0;
            for (int c : counts) most = Math.max(most, c);
            for (int i = 0; i < counts.length; i++) {
                double share = rowCount == 0 ? 0 : (double) counts[i] / rowCount;
                int bar = most == 0 ? 0 : (int) Math.round(20.0 * counts[i] / most);
                rows.add(new String[] {
                    Printable.value(schema.classNames().get(i)),
                    String.format(Locale.ROOT, "%,d", counts[i]),
                    String.format(Locale.ROOT, "%.1f%%", 100 * share),
                    "#".repeat(bar)
                });
            }
            afterClasses = balance(counts, schema.classNames(), messages);
        } else {
            afterClasses = messages.text("dataset.targets", String.join(", ", shown(schema.targetNames())));
        }
        boolean images = schema.featureShape().size() == 2;
        return new Sections(
                headline,
                rows,
                afterClasses,
                first.rows() > 0 && !images ? firstRows(first, messages) : List.of(),
                first.rows() > 0 && images ? firstImages(first, messages) : "",
                messages);
    }

    /**
     * How even the classes are: the largest class's rows over the smallest's. Up to 1.5 is called
     * balanced; beyond that, accuracy alone can mislead, so the line says so.
     */
    public static String balance(int[] counts, List<String> names) {
        return balance(counts, names, Messages.english());
    }

    /** As {@link #balance(int[], List)}, in {@code messages}' language. */
    public static String balance(int[] counts, List<String> names, Messages messages) {
        int largest = 0;
        int smallest = 0;
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] > counts[largest]) {
                largest = i;
            }
            if (counts[i] < counts[smallest]) {
                smallest = i;
            }
        }
        if (counts.length == 0 || counts[largest] == 0) {
            return messages.text("dataset.balance.no_rows");
        }
        if (counts[smallest] == 0) {
            return messages.text("dataset.balance.empty_class", Printable.value(names.get(smallest)));
        }
        double ratio = (double) counts[largest] / counts[smallest];
        if (ratio <= 1.5) {
            return messages.text("dataset.balance.balanced", String.format(Locale.ROOT, "%.2f", ratio));
        }
        return messages.text(
                "dataset.balance.imbalanced",
                Printable.value(names.get(largest)),
                String.format(Locale.ROOT, "%.1f", ratio),
                Printable.value(names.get(smallest)));
    }

    /** For images: the labels of the first rows, then the first image drawn in text. */
    private static String firstImages(Dataset data, Messages messages) {
        List<String> labels = new ArrayList<>();
        for (int r = 0; r < Math.min(2 * FIRST_ROWS, data.rows()); r++) labels.add(target(data, r));
        int height = data.schema().featureShape().get(0);
        int width = data.schema().featureShape().get(1);
        return messages.text(
                        data.labels() != null ? "dataset.first_images.classes" : "dataset.first_images.targets",
                        String.join(", ", labels))
                + '\n'
                + messages.text("dataset.drawn", target(data, 0))
                + '\n'
                + TextImage.draw(data.row(0), 0, height, width);
    }

    private static List<String[]> firstRows(Dataset data, Messages messages) {
        Schema schema = data.schema();
        int columns = Math.min(MAX_COLUMNS, data.width());
        List<String[]> rows = new ArrayList<>();
        String[] header = new String[columns + 1 + (columns < data.width() ? 1 : 0)];
        for (int c = 0; c < columns; c++)
            header[c] = Printable.value(schema.featureNames().get(c));
        if (columns < data.width()) {
            header[columns] = "...";
        }
        header[header.length - 1] = schema.task() == Task.CLASSIFICATION
                ? messages.text("dataset.column.class")
                : String.join(",", shown(schema.targetNames()));
        rows.add(header);
        for (int r = 0; r < Math.min(FIRST_ROWS, data.rows()); r++) {
            String[] row = new String[header.length];
            float[] features = data.row(r);
            for (int c = 0; c < columns; c++) row[c] = compact(features[c]);
            if (columns < data.width()) {
                row[columns] = "";
            }
            row[row.length - 1] = target(data, r);
            rows.add(row);
        }
        return rows;
    }

    /** Up to four significant digits, no trailing zeros: 0, 0.5, 1234, 0.0001235. */
    static String compact(float value) {
        if (!Float.isFinite(value)) {
            return String.valueOf(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e7) {
            return String.valueOf((long) value);
        }
        return new java.math.BigDecimal(value)
                .round(new java.math.MathContext(4))
                .stripTrailingZeros()
                .toPlainString();
    }

    /** Values from data as a summary shows them: escaped and cut ({@link Printable#value}). */
    private static List<String> shown(List<String> values) {
        return values.stream().map(Printable::value).toList();
    }

    private static String target(Dataset data, int row) {
        int[] labels = data.labels();
        if (labels != null) {
            return Printable.value(data.classNames().get(labels[row]));
        }
        float[] targets = Objects.requireNonNull(data.targets()); // regression
        int w = data.targetWidth();
        List<String> values = new ArrayList<>();
        for (int j = 0; j < w; j++) values.add(compact(targets[row * w + j]));
        return String.join(",", values);
    }
}
