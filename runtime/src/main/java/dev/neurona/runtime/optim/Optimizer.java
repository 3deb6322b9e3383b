package dev.neurona.runtime.optim;

import dev.neurona.runtime.linalg.ComputePool;
import dev.neurona.runtime.spec.OptimizerSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;

/**
 * An update rule bound to the params it updates. Each {@link #step(double)} reads every
 * param's gradient and changes its value in place, in one pass over each array; the rule's
 * state (moment estimates, running sums) is allocated once, here, and kept between steps.
 *
 * <p>The rules follow PyTorch's definitions; each subclass states its formulas. The state is
 * a list of float arrays, "slot-major": for a rule with slots {@code m} and {@code v} over
 * params {@code p0, p1} it is {@code [m(p0), m(p1), v(p0), v(p1)]}. {@link #state()} and
 * {@link #restore(List, long)} move it in and out for saved models and for averaging across
 * workers.
 */
public abstract sealed class Optimizer permits Sgd, Adam, RmsProp, Adagrad {
    private final OptimizerSpec spec;
    private final List<Param> params;
    /** {@code slots[s][i]} is slot {@code s} of param {@code i}, as long as the param. */
    private final float[][][] slots;

    private long steps;
    /** Where {@link #forEachPiece} runs; a pool of one thread runs the pieces in order on the caller. */
    private @Nullable ComputePool pool;
    /** Each piece's param and its elements [from, to): every param cut into runs of at most {@link #PIECE}. */
    private final int[] pieceParam;

    private final int[] pieceFrom;
    private final int[] pieceTo;
    private @Nullable PieceUpdate running;
    private final IntConsumer runPiece;

    /** Elements per piece: enough to outweigh handing a piece to another thread. */
    private static final int PIECE = 1 << 14;

    /** A rule's update of elements [from, to) of param {@code param}, which touches nothing else. */
    @FunctionalInterface
    interface PieceUpdate {
        void update(int param, int from, int to);
    }

    Optimizer(OptimizerSpec spec, List<Param> params, int slotCount) {
        this.spec = spec;
        this.params = distinct(params);
        int pieces = 0;
        for (Param p : this.params) pieces += (p.size() + PIECE - 1) / PIECE;
        this.pieceParam = new int[pieces];
        this.pieceFrom = new int[pieces];
        this.pieceTo = new int[pieces];
        for (int i = 0, k = 0; i < this.params.size(); i++) {
            int size = this.params.get(i).size();
            for (int from = 0; from < size; from += PIECE, k++) {
                pieceParam[k] = i;
                pieceFrom[k] = from;
                pieceTo[k] = Math.min(size, from + PIECE);
            }
        }
        this.runPiece = k -> Objects.requireNonNull(running).update(pieceParam[k], pieceFrom[k], pieceTo[k]);
        this.slots = new float[slotCount][this.params.size()][];
        for (float[][] slot : slots) {
            for (int i = 0; i < slot.length; i++)
                slot[i] = new float[this.params.get(i).size()];
        }
    }

    /**
     * The rule {@code spec} names, bound to {@code params}. Fields of the spec that the rule
     * does not use are ignored (see {@link OptimizerSpec}).
     *
     * @throws IllegalArgumentException if the same param appears twice
     */
    public static Optimizer create(OptimizerSpec spec, List<Param> params) {
        return switch (spec.kind()) {
            case SGD -> new Sgd(spec, params);
            case ADAM, ADAMW -> new Adam(spec, params);
            case RMSPROP -> new RmsProp(spec, params);
            case ADAGRAD -> new Adagrad(spec, params);
        };
    }

    /**
     * As {@link #create(OptimizerSpec, List)}, with updates spread over {@code pool}. Every
     * element is updated from its own values alone, so any thread count gives the same numbers.
     */
    public static Optimizer create(OptimizerSpec spec, List<Param> params, ComputePool pool) {
        Optimizer optimizer = create(spec, params);
        optimizer.pool = pool;
        return optimizer;
    }

    /**
     * One update of every param's value from its gradient, with learning rate {@code lr}
     * (the spec's rate is the base that a schedule scales). Modifies each param's value and
     * the rule's state; gradients are only read.
     *
     * @throws IllegalArgumentException if {@code lr} is negative or not finite
     */
    public final void step(double lr) {
        if (!(lr >= 0) || Double.isInfinite(lr)) {
            throw new IllegalArgumentException("learning rate must be a non-negative number, got " + lr);
        }
        steps++;
        update(lr, steps);
    }

    /** Applies step number {@code step} (1 for the first) to every param. */
    abstract void update(double lr, long step);

    /** The number of steps taken since creation, the last {@link #reset()} or restore. */
    public final long steps() {
        return steps;
    }

    /** The params this rule updates, in the order given at creation. */
    public final List<Param> params() {
        return params;
    }

    public final OptimizerSpec spec() {
        return spec;
    }

    /** A copy of the rule's state, slot-major (see the class comment); empty for stateless rules. */
    public final List<float[]> state() {
        List<float[]> copy = new ArrayList<>(slots.length * params.size());
        for (float[][] slot : slots) {
            for (float[] array : slot) copy.add(array.clone());
        }
        return copy;
    }

    /**
     * Replaces the rule's state with a copy of {@code state} (as {@link #state()} returns it)
     * and its step count with {@code steps}, so that the next step continues as if they had
     * never been taken out. {@code state} is not modified.
     *
     * @throws IllegalArgumentException if the arrays do not match these params
     */
    public final void restore(List<float[]> state, long steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("step count must not be negative, got " + steps);
        }
        int expected = slots.length * params.size();
        if (state.size() != expected) {
            throw new IllegalArgumentException("optimizer state has " + state.size() + " arrays, but "
                    + spec.kind().keyword() + " over " + params.size() + " params needs " + expected);
        }
        for (int s = 0, k = 0; s < slots.length; s++) {
            for (int i = 0; i < params.size(); i++, k++) {
                float[] source = state.get(k);
                if (source.length != slots[s][i].length) {
                    throw new IllegalArgumentException("optimizer state array " + k + " has " + source.length
                            + " numbers, but param " + params.get(i).name() + " has " + slots[s][i].length);
                }
            }
        }
        for (int s = 0, k = 0; s < slots.length; s++) {
            for (int i = 0; i < params.size(); i++, k++) {
                System.arraycopy(state.get(k), 0, slots[s][i], 0, slots[s][i].length);
            }
        }
        this.steps = steps;
    }

    /** Forgets all state, as if just created: zero moments and sums, zero steps. */
    public final void reset() {
        for (float[][] slot : slots) {
            for (float[] array : slot) Arrays.fill(array, 0f);
        }
        steps = 0;
    }

    /** Runs {@code update} over every piece of every param, spread over the pool if there is one. */
    final void forEachPiece(PieceUpdate update) {
        if (pool == null || pool.threads() == 1) {
            for (int k = 0; k < pieceParam.length; k++) update.update(pieceParam[k], pieceFrom[k], pieceTo[k]);
            return;
        }
        running = update;
        try {
            pool.run(pieceParam.length, runPiece);
        } finally {
            running = null;
        }
    }

    /** Slot {@code s} of every param, indexed like {@link #params()}; updated in place by subclasses. */
    final float[][] slot(int s) {
        return slots[s];
    }

    @Override
    public String toString() {
        return spec.toString();
    }

    /** An unmodifiable copy of {@code params}, refusing one whose arrays appear twice (they would be updated twice). */
    private static List<Param> distinct(List<Param> params) {
        Map<float[], Param> seen = new IdentityHashMap<>();
        for (Param p : params) {
            Param earlier = seen.put(p.value(), p);
            if (earlier != null) {
                throw new IllegalArgumentException("param " + p.name() + " is given to the optimizer twice"
                        + (earlier.name().equals(p.name()) ? "" : " (also as " + earlier.name() + ")"));
            }
        }
        return List.copyOf(params);
    }
}
