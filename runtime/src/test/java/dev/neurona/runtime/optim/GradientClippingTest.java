package dev.neurona.runtime.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GradientClippingTest {

    /** Gradients (3, 4) and (12): global norm √(9 + 16 + 144) = 13 across both params. */
    private static List<Param> params() {
        return List.of(
                new Param("w", new float[2], new float[] {3f, 4f}, true),
                new Param("b", new float[1], new float[] {12f}, false));
    }

    @Test
    void normIsTakenOverAllParams() {
        assertEquals(13, GradientClipping.globalNorm(params()), 1e-12);
    }

    @Test
    void smallGradientsAreLeftAlone() {
        List<Param> params = params();
        assertEquals(13, GradientClipping.clipGlobalNorm(params, 20), 1e-12);
        assertArrayEquals(new float[] {3f, 4f}, params.get(0).grad());
        assertArrayEquals(new float[] {12f}, params.get(1).grad());
        assertEquals(13, GradientClipping.clipGlobalNorm(params, 13), 1e-12);
        assertArrayEquals(new float[] {3f, 4f}, params.get(0).grad());
    }

    @Test
    void largeGradientsAreScaledToTheLimitKeepingDirection() {
        List<Param> params = params();
        assertEquals(13, GradientClipping.clipGlobalNorm(params, 6.5), 1e-12);
        assertEquals(6.5, GradientClipping.globalNorm(params), 1e-6);
        assertArrayEquals(new float[] {1.5f, 2f}, params.get(0).grad(), 1e-6f);
        assertArrayEquals(new float[] {6f}, params.get(1).grad(), 1e-6f);
    }

    @Test
    void aNonFiniteNormIsReportedAndNothingScaled() {
        List<Param> params = List.of(new Param("w", new float[2], new float[] {Float.NaN, 1f}, true));
        assertTrue(Double.isNaN(GradientClipping.clipGlobalNorm(params, 1)));
        assertEquals(1f, params.get(0).grad()[1]);
    }

    @Test
    void refusesANonPositiveLimit() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> GradientClipping.clipGlobalNorm(params(), 0));
        assertEquals("clip norm must be a positive number, got 0.0", e.getMessage());
    }
}
