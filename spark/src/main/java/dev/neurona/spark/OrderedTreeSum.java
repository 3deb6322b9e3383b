package dev.neurona.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Sums the partitions' model vectors along a fixed binary tree over the partition indices, so
 * the result is the same to the last bit whatever order Spark's tree aggregation combines the
 * pieces in, and whichever task attempts delivered them.
 *
 * <p>Floating-point addition is not associative: summing P vectors in arrival order would make
 * training depend on scheduling. Here the value of a tree node covering partitions
 * {@code [i·2^l, (i+1)·2^l)} is always {@code left + right} of its two children, computed as
 * soon as both are present, wherever that happens; a child whose range lies past the last
 * partition is absent and its sibling moves up unchanged. Partitions that took no step add
 * nothing. Leaves stay float (half the bytes to ship), as one block of bytes ({@link
 * FloatArrays}); sums are taken in double. Figures are
 * kept per partition, for the driver to add up in partition order.
 */
final class OrderedTreeSum implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int partitions;
    private final Map<Long, Node> pending = new HashMap<>();
    private final ShardFigures[] figures;

    /**
     * A node of the tree. Its value is {@code leaf} (one partition's vector, as sent), or
     * {@code sum} (several added up), or neither when none of its partitions stepped.
     */
    private record Node(int level, int index, @Nullable FloatArrays leaf, double @Nullable [] sum, int contributors)
            implements Serializable {
        /** Partition {@code p}'s vector as a leaf (its floats travel as one block of bytes); none if it took no step. */
        static Node leaf(int p, float @Nullable [] model) {
            return model == null
                    ? new Node(0, p, null, null, 0)
                    : new Node(0, p, new FloatArrays(new float[][] {model}), null, 1);
        }

        float @Nullable [] leafValues() {
            return leaf == null ? null : leaf.arrays()[0];
        }

        long key() {
            return OrderedTreeSum.key(level, index);
        }

        Node movedUp() {
            return new Node(level + 1, index >> 1, leaf, sum, contributors);
        }

        /** Element {@code i} of this node's value, as a double. */
        double at(float @Nullable [] leafValues, int i) {
            return leafValues != null ? leafValues[i] : Objects.requireNonNull(sum, "an inner node has a sum")[i];
        }

        int length() {
            return leaf != null ? leaf.arrays()[0].length : sum != null ? sum.length : 0;
        }
    }

    OrderedTreeSum(int partitions) {
        this.partitions = partitions;
        this.figures = new ShardFigures[partitions];
    }

    /** Adds one partition's result (the seqOp of the tree aggregation); modifies and returns this. */
    OrderedTreeSum add(ShardResult result) {
        int p = result.figures().partition();
        if (figures[p] != null) throw new IllegalStateException("partition " + p + " delivered twice");
        figures[p] = result.figures();
        insert(Node.leaf(p, result.model()));
        return this;
    }

    /** Takes in everything {@code other} holds (the combOp); modifies and returns this. */
    OrderedTreeSum merge(OrderedTreeSum other) {
        for (int p = 0; p < partitions; p++) {
            if (other.figures[p] == null) continue;
            if (figures[p] != null) throw new IllegalStateException("partition " + p + " delivered twice");
            figures[p] = other.figures[p];
        }
        for (Node node : other.pending.values()) insert(node);
        return this;
    }

    /** Every partition's figures, by partition index. @throws IllegalStateException if one is missing */
    ShardFigures[] figures() {
        requireComplete();
        return figures.clone();
    }

    /** The sum over every partition that stepped, in double; null if none did. */
    double @Nullable [] sum() {
        requireComplete();
        Node root = root();
        if (root.sum() != null || root.leaf() == null) return root.sum();
        float[] leaf = Objects.requireNonNull(root.leafValues(), "a leaf has values");
        double[] single = new double[leaf.length];
        for (int i = 0; i < single.length; i++) single[i] = leaf[i];
        return single;
    }

    /** How many partitions stepped, so contributed to {@link #sum()}. */
    int contributors() {
        requireComplete();
        return root().contributors();
    }

    private Node root() {
        return Objects.requireNonNull(pending.get(key(levels(), 0)), "a complete tree has its root");
    }

    private void requireComplete() {
        for (int p = 0; p < partitions; p++) {
            if (figures[p] == null) throw new IllegalStateException("partition " + p + " has not delivered");
        }
    }

    /** The level of the root: the least l with 2^l ≥ partitions. */
    private int levels() {
        int level = 0;
        while ((1L << level) < partitions) level++;
        return level;
    }

    private void insert(Node node) {
        int root = levels();
        while (node.level() < root) {
            int siblingIndex = node.index() ^ 1;
            if (((long) siblingIndex << node.level()) >= partitions) {
                node = node.movedUp();
                continue;
            }
            Node sibling = pending.remove(key(node.level(), siblingIndex));
            if (sibling == null) break;
            node = (node.index() & 1) == 0 ? combine(node, sibling) : combine(sibling, node);
        }
        pending.put(node.key(), node);
    }

    /** The parent of two siblings: left + right, element by element, in double. */
    private static Node combine(Node left, Node right) {
        int contributors = left.contributors() + right.contributors();
        if (right.contributors() == 0)
            return new Node(left.level() + 1, left.index() >> 1, left.leaf(), left.sum(), contributors);
        if (left.contributors() == 0)
            return new Node(left.level() + 1, left.index() >> 1, right.leaf(), right.sum(), contributors);
        if (left.length() != right.length()) {
            throw new IllegalStateException(
                    "partitions sent models of " + left.length() + " and " + right.length() + " numbers");
        }
        double[] sum = new double[left.length()];
        float[] leftLeaf = left.leafValues();
        float[] rightLeaf = right.leafValues();
        for (int i = 0; i < sum.length; i++) sum[i] = left.at(leftLeaf, i) + right.at(rightLeaf, i);
        return new Node(left.level() + 1, left.index() >> 1, null, sum, contributors);
    }

    private static long key(int level, int index) {
        return ((long) level << 32) | index;
    }
}
