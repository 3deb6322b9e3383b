package dev.neurona.runtime.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The Vector API loops give the plain loops' bits, tails and signed zeros included. */
class LanesTest {

    @Test
    void passWherePositiveKeepsTheGradientWhereTheUnitIsOnAndGivesPlusZeroElsewhere() {
        SplittableRandom random = new SplittableRandom(4);
        for (int n : new int[] {0, 1, 7, 8, 17, 64, 333}) {
            float[] y = new float[n];
            float[] dy = new float[n];
            for (int i = 0; i < n; i++) {
                y[i] = random.nextBoolean() ? 0f : (float) random.nextDouble(1e-30, 3);
                dy[i] = (float) random.nextGaussian();
            }
            float[] portable = new float[n];
            float[] vector = new float[n];
            new PortableLanes().passWherePositive(y, dy, portable, n);
            new VectorLanes().passWherePositive(y, dy, vector, n);
            for (int i = 0; i < n; i++) {
                float expected = y[i] > 0 ? dy[i] : 0f;
                assertEquals(
                        Float.floatToRawIntBits(expected), Float.floatToRawIntBits(portable[i]), "portable at " + i);
            }
            assertArrayEquals(bits(portable), bits(vector), "n = " + n);
        }
    }

    private static int[] bits(float[] values) {
        int[] bits = new int[values.length];
        for (int i = 0; i < values.length; i++) bits[i] = Float.floatToRawIntBits(values[i]);
        return bits;
    }
}
