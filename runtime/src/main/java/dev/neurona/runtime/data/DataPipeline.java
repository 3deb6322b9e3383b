package dev.neurona.runtime.data;

import dev.neurona.runtime.i18n.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Prepares a loaded data set for training, in this order:
 * <ol>
 *   <li>{@code shuffle} and {@code limit N}: without {@code shuffle} the first N rows; with it
 *       the N rows of smallest seeded rank, in a seeded random order (see {@link RowLimit});
 *       with {@code shuffle} alone, every row in a seeded random order;</li>
 *   <li>{@code split}: the parts, shuffled with the seed and stratified by class (see
 *       {@link Splits});</li>
 *   <li>{@code normalize}: statistics fitted on the first part only (all rows without a split)
 *       and applied to every part;</li>
 *   <li>{@code scale X}: every feature multiplied by X.</li>
 * </ol>
 * The last two become one affine step added to the data's {@link Preprocessing} with
 * {@link Preprocessing#andThen}, so predicting on a raw row does what preparing did. When the
 * source's own preprocessing has no affine step yet (as loaded from a file), the prepared
 * features equal {@code preprocessing().apply(rawRow)} bit for bit; when it has one (a data set
 * derived from a prepared one), they agree to float rounding.
 *
 * <p>The random draws come from one {@link SplittableRandom} seeded with {@code seed}: the same
 * seed and options give bit-identical data.
 */
public final class DataPipeline {
    private DataPipeline() {}

    /**
     * Prepares {@code source} (not modified) as the data set {@code name}; split parts are named
     * {@code name.part}. The CSV reading options in {@code options} are not used here.
     *
     * @throws DataException when a split part would get no rows
     */
    public static PreparedData prepare(Dataset source, DataOptions options, String name, long seed) {
        return prepare(source, options, name, seed, false);
    }

    /**
     * As {@link #prepare}, for a data set just loaded that no one else holds (and no one will):
     * its feature array may become the prepared one's, normalised in place, rather than be copied.
     * The same data, bit for bit, in one copy of the table fewer.
     */
    public static PreparedData prepareLoaded(Dataset loaded, DataOptions options, String name, long seed) {
        return prepare(loaded, options, name, seed, true);
    }

    private static PreparedData prepare(Dataset source, DataOptions options, String name, long seed, boolean owned) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] order = RowLimit.order(source.rows(), options.shuffle(), options.limit(), seed, random);

        List<SplitPart> split = options.split();
        int[][] parts = split.isEmpty() ? new int[0][] : splitRows(source, order, split, name, random);
        int[] fitRows = parts.length > 0 ? parts[0] : order;
        Affine step = Normalizer.fit(source, fitRows, options.normalize()).times(options.scale());

        Map<String, Dataset> named = new LinkedHashMap<>();
        for (int p = 0; p < parts.length; p++) {
            String part = split.get(p).name();
            named.put(part, gather(source, parts[p], step, name + "." + part, false));
        }
        // Last, since in place it changes the source's array, which the parts were gathered from.
        Dataset all = gather(source, order, step, name, owned);
        return new PreparedData(all, named);
    }

    /**
     * Derives a new data set from an existing one ({@code data b = a { limit 100 }}): the same as
     * {@link #prepare}, but refuses the options that only make sense when reading a CSV file.
     *
     * @throws DataException when a CSV reading option is set, or a split part would get no rows
     */
    public static PreparedData derive(Dataset source, DataOptions options, String name, long seed) {
        List<String> reading = options.readingOptionsSet();
        if (!reading.isEmpty()) {
            throw new DataException(
                    Text.of("data.derived_options", name, source.name(), reading.size(), String.join(", ", reading)));
        }
        return prepare(source, options, name, seed);
    }

    /** The split of the kept rows ({@code order}), as indices into {@code source}. */
    private static int[][] splitRows(
            Dataset source, int[] order, List<SplitPart> split, String name, SplittableRandom random) {
        int[] labels = null;
        int[] sourceLabels = source.labels();
        if (sourceLabels != null) { // classification
            labels = new int[order.length];
            for (int i = 0; i < order.length; i++) labels[i] = sourceLabels[order[i]];
        }
        double[] fractions = split.stream().mapToDouble(SplitPart::fraction).toArray();
        int[][] parts = Splitter.split(order.length, labels, source.schema().classCount(), fractions, random);
        for (int p = 0; p < parts.length; p++) {
            if (parts[p].length == 0) {
                throw new DataException(Text.of(
                        "split.empty_part",
                        name + "." + split.get(p).name(),
                        String.valueOf(order.length),
                        split.get(p).percent()));
            }
            for (int i = 0; i < parts[p].length; i++) parts[p][i] = order[parts[p][i]];
        }
        return parts;
    }

    /**
     * The given rows of {@code source} with {@code step} applied, as a new data set (sharing arrays
     * when nothing changes; with {@code owned}, stepping the source's own array when the rows are all of them).
     */
    private static Dataset gather(Dataset source, int[] rows, Affine step, String name, boolean owned) {
        boolean sameRows = rows.length == source.rows() && isIdentity(rows);
        Dataset picked = sameRows ? source : source.subset(rows);
        if (step.isIdentity()) {
            return picked.withName(name);
        }
        // A subset's arrays are fresh copies no one else holds, so they may be normalised in place.
        Preprocessing preprocessing = source.preprocessing().andThen(step.shift(), step.scale());
        return picked.stepped(step, preprocessing, name, !sameRows || owned);
    }

    private static boolean isIdentity(int[] rows) {
        for (int i = 0; i < rows.length; i++)
            if (rows[i] != i) {
                return false;
            }
        return true;
    }
}
