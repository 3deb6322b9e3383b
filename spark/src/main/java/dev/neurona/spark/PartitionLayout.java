package dev.neurona.spark;

import dev.neurona.runtime.data.DataException;
import dev.neurona.runtime.data.Shuffles;
import dev.neurona.runtime.i18n.Text;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Which training rows each of P partitions holds: the rows are dealt by a seeded permutation
 * into P blocks whose sizes differ by at most one, and each partition keeps its rows in their
 * original order. So the layout depends on the seed alone — never on Spark's scheduling — and
 * with one partition it is the data set itself, in order.
 */
record PartitionLayout(int[][] rows) {

    /**
     * @throws DataException when there are fewer rows than partitions
     */
    static PartitionLayout deal(int rowCount, int partitions, SplittableRandom random) {
        if (rowCount < partitions) {
            throw new DataException(
                    Text.of("spark.too_few_rows", rowCount, String.valueOf(rowCount), String.valueOf(partitions)));
        }
        int[] order = Shuffles.permutation(rowCount, random);
        int[][] rows = new int[partitions][];
        for (int p = 0; p < partitions; p++) {
            int from = (int) ((long) p * rowCount / partitions);
            int to = (int) ((long) (p + 1) * rowCount / partitions);
            rows[p] = Arrays.copyOfRange(order, from, to);
            Arrays.sort(rows[p]);
        }
        return new PartitionLayout(rows);
    }

    int partitions() {
        return rows.length;
    }

    int size(int partition) {
        return rows[partition].length;
    }
}
