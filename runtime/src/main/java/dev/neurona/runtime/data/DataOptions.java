package dev.neurona.runtime.data;

import dev.neurona.runtime.i18n.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The options of a {@code data} statement. The first group says how to read a CSV file
 * ({@code delimiter}, {@code header}, {@code target}, {@code features}, {@code ignore},
 * {@code task}, {@code missing}); the second how to prepare any data set, applied in this order:
 * {@code shuffle}, {@code limit}, {@code split}, {@code normalize}, {@code scale}.
 *
 * @param target    the target column of a CSV, or {@code null} for the last column
 * @param features  the input columns, in the order the model sees them; empty for all columns
 *                  but the target and the ignored ones
 * @param ignore    columns to leave out
 * @param task      classification or regression, or {@code null} to infer it from the target
 * @param normalize per-feature normalisation, fitted on the first part of the split
 * @param scale     a factor every feature is multiplied by after normalisation; 1 for none
 * @param missing   what to do with an empty or {@code NA} cell
 * @param shuffle   whether to shuffle the rows once (with the seed); with {@code limit}, which rows it keeps
 * @param limit     keep only {@code limit} rows, as {@link RowLimit} chooses them; 0 keeps all
 * @param split     named parts whose fractions add up to 1; empty for no split
 * @param delimiter the CSV cell separator
 * @param header    whether the CSV's first line names the columns
 * @param stream    whether to read the rows from the file batch by batch ({@link CsvStream})
 *                  instead of loading them
 * @param shuffleBuffer with {@code stream}: how many rows training shuffles from
 */
public record DataOptions(
        @Nullable String target,
        List<String> features,
        List<String> ignore,
        @Nullable Task task,
        Normalization normalize,
        double scale,
        MissingPolicy missing,
        boolean shuffle,
        int limit,
        List<SplitPart> split,
        String delimiter,
        boolean header,
        boolean stream,
        int shuffleBuffer) {
    /** The rows a streamed data set shuffles from unless {@code shuffle_buffer} says otherwise. */
    public static final int DEFAULT_SHUFFLE_BUFFER = 10_000;
    /** The most rows a shuffle buffer may hold. */
    public static final int MAX_SHUFFLE_BUFFER = 10_000_000;

    /** How far the split fractions may stray from a total of 1. */
    public static final double SPLIT_TOLERANCE = 1e-6;

    private static final DataOptions DEFAULTS = builder().build();

    /** @throws DataException when an option is out of range or the split does not add up to 100% */
    public DataOptions {
        features = List.copyOf(features);
        ignore = List.copyOf(ignore);
        split = List.copyOf(split);
        if (normalize == null) {
            throw new DataException(Text.of("options.normalize_needed"));
        }
        if (missing == null) {
            throw new DataException(Text.of("options.missing_needed"));
        }
        if (!Double.isFinite(scale) || scale == 0) {
            throw new DataException(Text.of("options.bad_scale", String.valueOf(scale)));
        }
        if (limit < 0) {
            throw new DataException(Text.of("options.bad_limit", String.valueOf(limit)));
        }
        if (delimiter == null || delimiter.isEmpty()) {
            throw new DataException(Text.of("options.empty_delimiter"));
        }
        if (delimiter.contains("\"") || delimiter.contains("\n") || delimiter.contains("\r")) {
            throw new DataException(Text.of("options.bad_delimiter"));
        }
        if (shuffleBuffer < 1 || shuffleBuffer > MAX_SHUFFLE_BUFFER) {
            throw new DataException(Text.of(
                    "options.bad_shuffle_buffer", String.valueOf(MAX_SHUFFLE_BUFFER), String.valueOf(shuffleBuffer)));
        }
        checkSplit(split);
    }

    /** Every option at its default: read all columns, infer the task, no preparation. */
    public static DataOptions defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
                        .target(target)
                        .features(features)
                        .ignore(ignore)
                        .task(task)
                        .normalize(normalize)
                        .scale(scale)
                        .missing(missing)
                        .shuffle(shuffle)
                        .limit(limit)
                        .split(split)
                        .delimiter(delimiter)
                        .header(header)
                        .stream(stream)
                        .shuffleBuffer(shuffleBuffer);
    }

    /** The names of the CSV reading options set to something else than their default. */
    public List<String> readingOptionsSet() {
        List<String> set = new ArrayList<>();
        if (target != null) {
            set.add("target");
        }
        if (!features.isEmpty()) {
            set.add("features");
        }
        if (!ignore.isEmpty()) {
            set.add("ignore");
        }
        if (task != null) {
            set.add("task");
        }
        if (missing != DEFAULTS.missing) {
            set.add("missing");
        }
        if (!delimiter.equals(DEFAULTS.delimiter)) {
            set.add("delimiter");
        }
        if (header != DEFAULTS.header) {
            set.add("header");
        }
        return set;
    }

    private static void checkSplit(List<SplitPart> split) {
        if (split.isEmpty()) {
            return;
        }
        Set<String> names = new HashSet<>();
        double total = 0;
        for (SplitPart part : split) {
            if (!names.add(part.name())) {
                throw new DataException(Text.of("options.part_twice", part.name()));
            }
            total += part.fraction();
        }
        if (Math.abs(total - 1) > SPLIT_TOLERANCE) {
            throw new DataException(Text.of("options.split_total", SplitPart.percent(total)));
        }
    }

    /** Builds options from the defaults; every setter returns the builder. */
    public static final class Builder {
        private @Nullable String target;
        private List<String> features = List.of();
        private List<String> ignore = List.of();
        private @Nullable Task task;
        private Normalization normalize = Normalization.NONE;
        private double scale = 1;
        private MissingPolicy missing = MissingPolicy.ERROR;
        private boolean shuffle;
        private int limit;
        private List<SplitPart> split = List.of();
        private String delimiter = ",";
        private boolean header = true;
        private boolean stream;
        private int shuffleBuffer = DEFAULT_SHUFFLE_BUFFER;

        private Builder() {}

        public Builder target(@Nullable String value) {
            target = value;
            return this;
        }

        public Builder features(List<String> value) {
            features = value;
            return this;
        }

        public Builder features(String... value) {
            return features(List.of(value));
        }

        public Builder ignore(List<String> value) {
            ignore = value;
            return this;
        }

        public Builder ignore(String... value) {
            return ignore(List.of(value));
        }

        public Builder task(@Nullable Task value) {
            task = value;
            return this;
        }

        public Builder normalize(Normalization value) {
            normalize = value;
            return this;
        }

        public Builder scale(double value) {
            scale = value;
            return this;
        }

        public Builder missing(MissingPolicy value) {
            missing = value;
            return this;
        }

        public Builder shuffle(boolean value) {
            shuffle = value;
            return this;
        }

        public Builder limit(int value) {
            limit = value;
            return this;
        }

        public Builder split(List<SplitPart> value) {
            split = value;
            return this;
        }

        public Builder split(SplitPart... value) {
            return split(List.of(value));
        }

        public Builder delimiter(String value) {
            delimiter = value;
            return this;
        }

        public Builder header(boolean value) {
            header = value;
            return this;
        }

        public Builder stream(boolean value) {
            stream = value;
            return this;
        }

        public Builder shuffleBuffer(int value) {
            shuffleBuffer = value;
            return this;
        }

        public DataOptions build() {
            return new DataOptions(
                    target,
                    features,
                    ignore,
                    task,
                    normalize,
                    scale,
                    missing,
                    shuffle,
                    limit,
                    split,
                    delimiter,
                    header,
                    stream,
                    shuffleBuffer);
        }
    }
}
