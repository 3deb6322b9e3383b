package dev.neurona.runtime.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The Vector API update loops give the plain loops' bits for every rule, over runs that start
 * and end off a vector boundary and over state that decays into the subnormal range.
 */
class UpdateLoopsTest {
    private static final UpdateLoops PORTABLE = new PortableUpdateLoops();
    private static final UpdateLoops VECTOR = new VectorUpdateLoops();
    private static final int N = 203;

    /** Weights, gradients and two state arrays; one state element in eight sits just above the subnormals. */
    private record Arrays4(float[] w, float[] g, float[] a, float[] b) {
        static Arrays4 random(long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            float[][] x = new float[4][N];
            for (int i = 0; i < N; i++) {
                x[0][i] = (float) random.nextGaussian();
                x[1][i] = i % 5 == 0 ? 0f : (float) (random.nextGaussian() * 1e-3);
                boolean tiny = i % 8 == 3;
                x[2][i] = tiny ? 1.3e-38f : (float) random.nextGaussian() * 1e-2f;
                x[3][i] = tiny ? 1.2e-38f : (float) Math.abs(random.nextGaussian()) * 1e-5f;
            }
            return new Arrays4(x[0], x[1], x[2], x[3]);
        }

        Arrays4 copy() {
            return new Arrays4(w.clone(), g.clone(), a.clone(), b.clone());
        }
    }

    @Test
    void adamAndAdamWGiveTheSameBitsAndFlushSubnormalMoments() {
        for (float keep : new float[] {1f, 0.999f}) {
            for (int from : new int[] {0, 5}) {
                long seed = keep == 1f ? 1 : 2;
                Arrays4 portable = Arrays4.random(seed);
                Arrays4 vector = portable.copy();
                for (int step = 1; step <= 30; step++) {
                    float stepSize = (float) (1e-3 / (1 - Math.pow(0.9, step)));
                    float correction = (float) Math.sqrt(1 - Math.pow(0.999, step));
                    PORTABLE.adam(
                            portable.w,
                            portable.g,
                            portable.a,
                            portable.b,
                            from,
                            N,
                            0.9f,
                            0.1f,
                            0.999f,
                            0.001f,
                            keep,
                            stepSize,
                            correction,
                            1e-8f);
                    VECTOR.adam(
                            vector.w,
                            vector.g,
                            vector.a,
                            vector.b,
                            from,
                            N,
                            0.9f,
                            0.1f,
                            0.999f,
                            0.001f,
                            keep,
                            stepSize,
                            correction,
                            1e-8f);
                }
                assertArrayEquals(bits(portable.w), bits(vector.w), "weights, keep " + keep + ", from " + from);
                assertArrayEquals(bits(portable.a), bits(vector.a), "first moments");
                assertArrayEquals(bits(portable.b), bits(vector.b), "second moments");
                // Where the gradient is zero the moments only decay: the tiny ones must have been flushed to +0.
                assertEquals(
                        0,
                        Float.floatToRawIntBits(portable.a[from == 0 ? 35 : 75]),
                        "a decayed first moment is flushed");
                assertNotEquals(Arrays4.random(seed).w[11], portable.w[11], "the weights moved");
            }
        }
    }

    @Test
    void runsOverAnyRangeChangeOnlyThatRange() {
        for (int from : new int[] {0, 1, 16, 37}) {
            for (int to : new int[] {from, from + 1, from + 15, from + 16, from + 33, N}) {
                Arrays4 start = Arrays4.random(from * 31L + to);
                check(
                        "adam",
                        start,
                        from,
                        to,
                        (l, x) -> l.adam(
                                x.w, x.g, x.a, x.b, from, to, 0.9f, 0.1f, 0.999f, 0.001f, 0.99f, 1e-2f, 0.03f, 1e-8f));
                check(
                        "rmsprop",
                        start,
                        from,
                        to,
                        (l, x) -> l.rmsProp(x.w, x.g, x.a, from, to, 0.99f, 0.01f, 1e-2f, 1e-8f));
                check("adagrad", start, from, to, (l, x) -> l.adagrad(x.w, x.g, x.b, from, to, 1e-2f, 1e-10f));
                check("sgd", start, from, to, (l, x) -> l.descend(x.w, x.g, from, to, 0.1f));
                check("momentum", start, from, to, (l, x) -> l.momentum(x.w, x.g, x.a, from, to, 0.9f, 0.1f, false));
                check("nesterov", start, from, to, (l, x) -> l.momentum(x.w, x.g, x.a, from, to, 0.9f, 0.1f, true));
            }
        }
    }

    private interface Rule {
        void apply(UpdateLoops loops, Arrays4 x);
    }

    private static void check(String rule, Arrays4 start, int from, int to, Rule step) {
        Arrays4 portable = start.copy();
        Arrays4 vector = start.copy();
        for (int s = 0; s < 3; s++) {
            step.apply(PORTABLE, portable);
            step.apply(VECTOR, vector);
        }
        String where = rule + " over [" + from + ", " + to + ")";
        assertArrayEquals(bits(portable.w), bits(vector.w), where + ": weights");
        assertArrayEquals(bits(portable.a), bits(vector.a), where + ": first state");
        assertArrayEquals(bits(portable.b), bits(vector.b), where + ": second state");
        for (int i = 0; i < N; i++) {
            boolean inside = i >= from && i < to;
            boolean moved = Float.floatToRawIntBits(portable.w[i]) != Float.floatToRawIntBits(start.w[i]);
            if (!inside) assertEquals(false, moved, where + ": element " + i + " lies outside the run");
            if (inside && start.g[i] != 0) assertEquals(true, moved, where + ": element " + i + " has a gradient");
        }
    }

    private static int[] bits(float[] values) {
        int[] bits = new int[values.length];
        for (int i = 0; i < values.length; i++) bits[i] = Float.floatToRawIntBits(values[i]);
        return bits;
    }
}
