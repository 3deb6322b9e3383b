package dev.neurona.spark.data;

import dev.neurona.runtime.data.DataException;
import dev.neurona.runtime.data.DataOptions;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.data.Normalization;
import dev.neurona.runtime.data.PreparedData;
import dev.neurona.runtime.data.Preprocessing;
import dev.neurona.runtime.data.RowLimit;
import dev.neurona.runtime.data.Schema;
import dev.neurona.runtime.data.Shuffles;
import dev.neurona.runtime.data.SplitPart;
import dev.neurona.runtime.data.TableRules;
import dev.neurona.runtime.data.Task;
import dev.neurona.runtime.i18n.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Prepares an encoded table as {@code DataPipeline.prepare} prepares a loaded one — shuffle,
 * limit, split, normalise, scale, with the same draws from the same seed, so the same rows land
 * in the same parts in the same order. The driver draws the orders (one int per row); Spark
 * counts the classes, ranks each class's rows along the split's dealing order, computes the
 * normalisation statistics on the first part, and normalises the rows; then each part comes to
 * the driver as a runtime {@link Dataset}.
 */
final class SparkPreparation {
    private final EncodedTable table;
    private final DataOptions options;
    private final String name;

    SparkPreparation(EncodedTable table, DataOptions options, String name) {
        this.table = table;
        this.options = options;
        this.name = name;
    }

    /** @throws DataException when a split part would get no rows */
    PreparedData prepare(long seed) {
        if (table.rowCount() > Integer.MAX_VALUE) {
            throw new DataException(Text.of("spark.too_many_rows", table.source(), String.valueOf(table.rowCount())));
        }
        int rows = (int) table.rowCount();
        SplittableRandom random = new SplittableRandom(seed);
        int[] order = RowLimit.order(rows, options.shuffle(), options.limit(), seed, random);
        int[] keptAt = new int[rows];
        Arrays.fill(keptAt, -1);
        for (int i = 0; i < order.length; i++) keptAt[order[i]] = i;
        List<Broadcast<?>> shipped = new ArrayList<>();
        Broadcast<int[]> keptAtRow = ship(keptAt, shipped);
        JavaPairRDD<Integer, EncodedRow> kept = table.rows()
                .filter(row -> keptAtRow.value()[(int) row.position()] >= 0)
                .mapToPair(row -> new Tuple2<>(keptAtRow.value()[(int) row.position()], row))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            List<SplitPart> split = options.split();
            int[][] parts = split.isEmpty() ? new int[0][] : splitParts(kept, order.length, split, random, shipped);
            JavaPairRDD<Integer, EncodedRow> fitting = kept;
            if (parts.length > 0) {
                Broadcast<int[]> partOf = ship(partOfPosition(parts, order.length), shipped);
                fitting = kept.filter(pair -> partOf.value()[pair._1()] == 0);
            }
            Preprocessing preprocessing =
                    normalization(fitting.map(pair -> pair._2().features()));

            EncodedRow[] prepared = collectNormalized(kept, order.length, preprocessing);
            Dataset all = gather(prepared, Shuffles.identity(order.length), preprocessing, name);
            Map<String, Dataset> named = new LinkedHashMap<>();
            for (int p = 0; p < parts.length; p++) {
                named.put(
                        split.get(p).name(),
                        gather(
                                prepared,
                                parts[p],
                                preprocessing,
                                name + "." + split.get(p).name()));
            }
            return new PreparedData(all, named);
        } finally {
            kept.unpersist(false);
            for (Broadcast<?> broadcast : shipped) broadcast.destroy();
        }
    }

    /** Broadcasts a per-row array once instead of shipping it with every task; noted in {@code shipped} for clean-up. */
    private <T> Broadcast<T> ship(T value, List<Broadcast<?>> shipped) {
        Broadcast<T> broadcast =
                JavaSparkContext.fromSparkContext(table.rows().context()).broadcast(value);
        shipped.add(broadcast);
        return broadcast;
    }

    /**
     * The split of the kept rows, as positions among them, each part in dealing order. Spark
     * counts the classes and ranks each class's rows by their place in the dealing order; the
     * plan drawn from the counts says which rank of which class goes to which part.
     */
    private int[][] splitParts(
            JavaPairRDD<Integer, EncodedRow> kept,
            int count,
            List<SplitPart> split,
            SplittableRandom random,
            List<Broadcast<?>> shipped) {
        Schema schema = table.schema();
        boolean classification = schema.task() == Task.CLASSIFICATION;
        int[] classRows = null;
        if (classification) {
            classRows = new int[schema.classCount()];
            for (Map.Entry<Integer, Long> entry :
                    kept.values().map(EncodedRow::label).countByValue().entrySet()) {
                classRows[entry.getKey()] = Math.toIntExact(entry.getValue());
            }
        }
        double[] fractions = split.stream().mapToDouble(SplitPart::fraction).toArray();
        TableRules.SplitPlan plan = TableRules.planSplit(count, classRows, fractions, random);
        int[] dealtAt = new int[count];
        for (int d = 0; d < count; d++) dealtAt[plan.order()[d]] = d;

        int[] partAtDeal = new int[count];
        if (classification) {
            Broadcast<int[]> dealt = ship(dealtAt, shipped);
            List<Tuple2<Integer, int[]>> ranked = kept.mapToPair(
                            pair -> new Tuple2<>(pair._2().label(), dealt.value()[pair._1()]))
                    .groupByKey()
                    .mapValues(deals -> {
                        List<Integer> sorted = new ArrayList<>();
                        deals.forEach(sorted::add);
                        return sorted.stream()
                                .mapToInt(Integer::intValue)
                                .sorted()
                                .toArray();
                    })
                    .collect();
            for (Tuple2<Integer, int[]> byClass : ranked) {
                int[] deals = byClass._2();
                for (int k = 0; k < deals.length; k++) partAtDeal[deals[k]] = plan.partOf(byClass._1(), k);
            }
        } else {
            for (int d = 0; d < count; d++) partAtDeal[d] = plan.partAt(d);
        }

        int[] sizes = new int[split.size()];
        for (int part : partAtDeal) sizes[part]++;
        int[][] parts = new int[split.size()][];
        for (int p = 0; p < parts.length; p++) {
            if (sizes[p] == 0) {
                throw new DataException(Text.of(
                        "split.empty_part",
                        name + "." + split.get(p).name(),
                        String.valueOf(count),
                        split.get(p).percent()));
            }
            parts[p] = new int[sizes[p]];
        }
        int[] filled = new int[parts.length];
        for (int d = 0; d < count; d++) {
            int p = partAtDeal[d];
            parts[p][filled[p]++] = plan.order()[d];
        }
        return parts;
    }

    private static int[] partOfPosition(int[][] parts, int count) {
        int[] partOf = new int[count];
        for (int p = 0; p < parts.length; p++) for (int position : parts[p]) partOf[position] = p;
        return partOf;
    }

    /** The encoding followed by the normalisation fitted on {@code fitRows}, then the scale. */
    private Preprocessing normalization(JavaRDD<float[]> fitRows) {
        Preprocessing encoding = table.preprocessing();
        if (options.normalize() == Normalization.NONE) {
            return TableRules.normalized(encoding, Normalization.NONE, null, null, null, null, options.scale());
        }
        FeatureStatistics stats = FeatureStatistics.of(fitRows, encoding.width());
        return TableRules.normalized(
                encoding, options.normalize(), stats.mean(), stats.std(), stats.min(), stats.max(), options.scale());
    }

    /** Every kept row, normalised by the workers, by its position among the kept rows. */
    private static EncodedRow[] collectNormalized(
            JavaPairRDD<Integer, EncodedRow> kept, int count, Preprocessing preprocessing) {
        float[] shift = preprocessing.shift();
        float[] scale = preprocessing.scale();
        List<Tuple2<Integer, EncodedRow>> rows = kept.mapValues(row -> {
                    float[] x = row.features().clone();
                    for (int j = 0; j < x.length; j++) x[j] = (x[j] - shift[j]) * scale[j];
                    return new EncodedRow(row.position(), x, row.label(), row.target());
                })
                .collect();
        EncodedRow[] byPosition = new EncodedRow[count];
        for (Tuple2<Integer, EncodedRow> row : rows) byPosition[row._1()] = row._2();
        return byPosition;
    }

    private Dataset gather(EncodedRow[] rows, int[] positions, Preprocessing preprocessing, String datasetName) {
        Schema schema = table.schema();
        int width = schema.featureCount();
        float[] features = new float[positions.length * width];
        boolean classification = schema.task() == Task.CLASSIFICATION;
        int[] labels = classification ? new int[positions.length] : null;
        float[] targets = classification ? null : new float[positions.length];
        for (int i = 0; i < positions.length; i++) {
            EncodedRow row = rows[positions[i]];
            System.arraycopy(row.features(), 0, features, i * width, width);
            if (labels != null) labels[i] = row.label();
            if (targets != null) targets[i] = row.target();
        }
        return new Dataset(datasetName, schema, preprocessing, features, positions.length, labels, targets);
    }
}
