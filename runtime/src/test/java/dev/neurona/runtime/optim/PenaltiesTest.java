package dev.neurona.runtime.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PenaltiesTest {

    private static List<Param> params() {
        return List.of(
                new Param("w", new float[] {1f, -2f, 0.5f}, new float[] {0.1f, 0.2f, 0.3f}, true),
                new Param("b", new float[] {10f}, new float[] {0.4f}, false));
    }

    @Test
    void valueCountsOnlyPenalizedParams() {
        // 0.1·(1 + 2 + 0.5) + 0.01·(1 + 4 + 0.25)
        assertEquals(0.4025, Penalties.value(params(), 0.1, 0.01), 1e-12);
        assertEquals(0.35, Penalties.value(params(), 0.1, 0), 1e-12);
        assertEquals(0.0525, Penalties.value(params(), 0, 0.01), 1e-12);
    }

    @Test
    void valueModifiesNothing() {
        List<Param> params = params();
        Penalties.value(params, 0.1, 0.01);
        assertArrayEquals(new float[] {0.1f, 0.2f, 0.3f}, params.get(0).grad());
    }

    @Test
    void addGradientsAddsSignAndTwiceL2TimesWeight() {
        List<Param> params = params();
        double value = Penalties.addGradients(params, 0.1, 0.01);
        assertEquals(0.4025, value, 1e-12);
        assertArrayEquals(
                new float[] {0.1f + 0.1f + 0.02f, 0.2f - 0.1f - 0.04f, 0.3f + 0.1f + 0.01f},
                params.get(0).grad(),
                1e-7f);
        assertArrayEquals(new float[] {0.4f}, params.get(1).grad(), "biases are not penalized");
    }

    @Test
    void gradientMatchesFiniteDifferencesAwayFromZero() {
        float[] w = {0.7f, -1.3f, 2.1f, -0.05f};
        double l1 = 0.03;
        double l2 = 0.2;
        Param p = new Param("w", w.clone(), new float[w.length], true);
        Penalties.addGradients(List.of(p), l1, l2);
        for (int j = 0; j < w.length; j++) {
            float[] up = w.clone();
            float[] down = w.clone();
            up[j] += 1e-3f;
            down[j] -= 1e-3f;
            double numeric = (penalty(up, l1, l2) - penalty(down, l1, l2)) / ((double) up[j] - down[j]);
            assertEquals(numeric, p.grad()[j], 1e-5, "element " + j);
        }
    }

    @Test
    void l1AddsNothingAtZero() {
        Param p = new Param("w", new float[] {0f, 0f}, new float[] {0.5f, -0.5f}, true);
        assertEquals(0, Penalties.addGradients(List.of(p), 0.1, 0.01));
        assertArrayEquals(new float[] {0.5f, -0.5f}, p.grad());
    }

    @Test
    void refusesNegativeStrengths() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Penalties.addGradients(params(), 0, -0.1));
        assertEquals("l2 must be a non-negative number, got -0.1", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Penalties.value(params(), Double.NaN, 0));
    }

    private static double penalty(float[] w, double l1, double l2) {
        return Penalties.value(List.of(new Param("w", w, new float[w.length], true)), l1, l2);
    }
}
