package dev.neurona.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OrderedTreeSumTest {
    @Test
    void theSumIsTheFixedTreesWhateverTheOrderOfArrivalAndGrouping() {
        Random random = new Random(3);
        for (int partitions = 1; partitions <= 9; partitions++) {
            List<ShardResult> results = new ArrayList<>();
            for (int p = 0; p < partitions; p++) results.add(result(p, vector(random, 64)));
            double[] expected = treeSum(results, 0, 1 << levels(partitions));

            for (int trial = 0; trial < 20; trial++) {
                List<ShardResult> shuffled = new ArrayList<>(results);
                Collections.shuffle(shuffled, random);
                // Deal the results into a few partial aggregates, then merge those in a random order.
                List<OrderedTreeSum> partials = new ArrayList<>();
                int groups = 1 + random.nextInt(partitions);
                for (int g = 0; g < groups; g++) partials.add(new OrderedTreeSum(partitions));
                for (ShardResult r : shuffled)
                    partials.get(random.nextInt(groups)).add(r);
                Collections.shuffle(partials, random);
                OrderedTreeSum total = new OrderedTreeSum(partitions);
                for (OrderedTreeSum partial : partials) total = total.merge(partial);

                assertArrayEquals(expected, total.sum(), "P = " + partitions + ", trial " + trial);
                assertEquals(partitions, total.contributors());
            }
        }
    }

    @Test
    void partitionsThatDidNotStepAddNothing() {
        OrderedTreeSum sum = new OrderedTreeSum(3);
        sum.add(result(2, new float[] {1, 2}));
        sum.add(result(0, null));
        sum.add(result(1, new float[] {0.5f, 0.25f}));

        assertArrayEquals(new double[] {1.5, 2.25}, sum.sum());
        assertEquals(2, sum.contributors());
    }

    @Test
    void oneSteppingPartitionIsItsOwnSumExactly() {
        float[] model = {0.1f, -3.7f, 1e-30f};
        OrderedTreeSum sum = new OrderedTreeSum(1).add(result(0, model));
        double[] total = sum.sum();
        for (int i = 0; i < model.length; i++) assertEquals(model[i], (float) (total[i] / sum.contributors()));
    }

    @Test
    void noSteppingPartitionGivesNoSum() {
        OrderedTreeSum sum = new OrderedTreeSum(2).add(result(0, null)).add(result(1, null));
        assertNull(sum.sum());
        assertEquals(0, sum.contributors());
    }

    @Test
    void aMissingOrRepeatedPartitionIsRefused() {
        OrderedTreeSum sum = new OrderedTreeSum(2).add(result(0, new float[] {1}));
        assertThrows(IllegalStateException.class, sum::sum);
        assertThrows(IllegalStateException.class, () -> sum.add(result(0, new float[] {1})));
    }

    private static ShardResult result(int partition, float[] model) {
        return new ShardResult(model, new ShardFigures(partition, model == null ? 0 : 1, 0, 0, 0, 0, 0, 0));
    }

    private static float[] vector(Random random, int length) {
        float[] v = new float[length];
        // Magnitudes spread over many orders, so the order of addition shows in the last bits.
        for (int i = 0; i < length; i++) v[i] = (float) (random.nextGaussian() * Math.pow(10, random.nextInt(12) - 6));
        return v;
    }

    /** The sum over partitions [from, to) split at the middle, as the tree defines it (empty halves add nothing). */
    private static double[] treeSum(List<ShardResult> results, int from, int to) {
        if (from >= results.size()) return null;
        if (to - from == 1) {
            float[] leaf = results.get(from).model();
            double[] value = new double[leaf.length];
            for (int i = 0; i < leaf.length; i++) value[i] = leaf[i];
            return value;
        }
        int middle = (from + to) / 2;
        double[] left = treeSum(results, from, middle);
        double[] right = treeSum(results, middle, to);
        if (right == null) return left;
        for (int i = 0; i < left.length; i++) left[i] += right[i];
        return left;
    }

    private static int levels(int partitions) {
        int level = 0;
        while ((1 << level) < partitions) level++;
        return level;
    }
}
