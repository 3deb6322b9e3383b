package dev.neurona.runtime.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neurona.runtime.spec.OptimizerSpec;
import java.util.List;

/**
 * Three steps of an optimizer on one small param with fixed gradients and a learning rate
 * that changes every step, for comparison with the same steps written out in double.
 */
final class ReferenceRun {
    static final float[] START = {0.5f, -1.0f, 2.0f, 0.0f, 3.0f};
    /** Per step: positive, negative, sign changes, an element that never gets a gradient, a large one. */
    static final float[][] GRADS = {
        {0.1f, -0.2f, 0.3f, 0.0f, 4.0f},
        {0.4f, 0.05f, -0.5f, 0.0f, 3.0f},
        {-0.3f, 0.6f, 0.2f, 0.0f, -2.5f},
    };

    static final double[] RATES = {0.1, 0.05, 0.02};

    private ReferenceRun() {}

    /** The param's values after the three steps of {@code spec}. */
    static float[] run(OptimizerSpec spec, boolean penalized) {
        Param p = new Param("w", START.clone(), new float[START.length], penalized);
        Optimizer optimizer = Optimizer.create(spec, List.of(p));
        for (int t = 0; t < GRADS.length; t++) {
            System.arraycopy(GRADS[t], 0, p.grad(), 0, GRADS[t].length);
            optimizer.step(RATES[t]);
        }
        return p.value();
    }

    static double[] start() {
        double[] w = new double[START.length];
        for (int j = 0; j < w.length; j++) w[j] = START[j];
        return w;
    }

    /** Float arithmetic against double: a relative tolerance of a few float epsilons per step. */
    static void assertClose(double[] expected, float[] actual) {
        assertEquals(expected.length, actual.length);
        for (int j = 0; j < expected.length; j++) {
            assertEquals(expected[j], actual[j], 1e-6 + 1e-5 * Math.abs(expected[j]), "element " + j);
        }
    }
}
