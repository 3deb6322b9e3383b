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

    @Test
    void addBiasReluKeepsThePreActivationAndGivesTheSameBitsAsThePlainLoop() {
        SplittableRandom random = new SplittableRandom(5);
        for (int cols : new int[] {1, 7, 16, 33, 128}) {
            int rows = 3;
            float[] bias = new float[cols];
            float[] z = new float[rows * cols];
            for (int j = 0; j < cols; j++) bias[j] = (float) random.nextGaussian();
            for (int i = 0; i < z.length; i++) z[i] = i % 5 == 0 ? -bias[i % cols] : (float) random.nextGaussian();
            float[] zPortable = z.clone();
            float[] zVector = z.clone();
            float[] yPortable = new float[z.length];
            float[] yVector = new float[z.length];
            new PortableLanes().addBiasRelu(zPortable, bias, yPortable, rows, cols);
            new VectorLanes().addBiasRelu(zVector, bias, yVector, rows, cols);
            for (int i = 0; i < z.length; i++) {
                float v = z[i] + bias[i % cols];
                assertEquals(Float.floatToRawIntBits(v), Float.floatToRawIntBits(zPortable[i]), "z at " + i);
                assertEquals(
                        Float.floatToRawIntBits(Math.max(0f, v)), Float.floatToRawIntBits(yPortable[i]), "y at " + i);
            }
            assertArrayEquals(bits(zPortable), bits(zVector), "z, cols = " + cols);
            assertArrayEquals(bits(yPortable), bits(yVector), "y, cols = " + cols);
        }
    }

    @Test
    void affineOfDoublesRoundsEachStepAndReportsMissingValues() {
        SplittableRandom random = new SplittableRandom(6);
        for (int n : new int[] {0, 1, 7, 8, 9, 31, 784}) {
            double[] x = new double[n];
            float[] shift = new float[n];
            float[] scale = new float[n];
            for (int c = 0; c < n; c++) {
                x[c] = random.nextDouble(-1e4, 1e4);
                shift[c] = (float) random.nextGaussian();
                scale[c] = (float) random.nextDouble(1e-3, 10);
            }
            float[] portable = new float[n + 2];
            float[] vector = new float[n + 2];
            assertEquals(false, new PortableLanes().affineOfDoubles(x, shift, scale, portable, 2, n), "n = " + n);
            assertEquals(false, new VectorLanes().affineOfDoubles(x, shift, scale, vector, 2, n), "n = " + n);
            for (int c = 0; c < n; c++) {
                float expected = ((float) x[c] - shift[c]) * scale[c];
                assertEquals(Float.floatToRawIntBits(expected), Float.floatToRawIntBits(portable[2 + c]), "at " + c);
            }
            assertArrayEquals(bits(portable), bits(vector), "n = " + n);
            for (int missing : new int[] {0, n / 2, n - 1}) {
                if (n == 0) continue;
                double[] gap = x.clone();
                gap[missing] = Double.NaN;
                assertEquals(true, new PortableLanes().affineOfDoubles(gap, shift, scale, portable, 2, n));
                assertEquals(true, new VectorLanes().affineOfDoubles(gap, shift, scale, vector, 2, n));
            }
        }
    }

    @Test
    void affineOfUnsignedBytesReadsBytesAsZeroTo255() {
        SplittableRandom random = new SplittableRandom(7);
        for (int n : new int[] {0, 1, 15, 16, 17, 784}) {
            byte[] x = new byte[n + 3];
            random.nextBytes(x);
            float[] shift = new float[n];
            float[] scale = new float[n];
            for (int i = 0; i < n; i++) {
                shift[i] = (float) random.nextDouble(0, 128);
                scale[i] = (float) random.nextDouble(1e-3, 1);
            }
            float[] portable = new float[n + 1];
            float[] vector = new float[n + 1];
            new PortableLanes().affineOfUnsignedBytes(x, 3, shift, scale, portable, 1, n);
            new VectorLanes().affineOfUnsignedBytes(x, 3, shift, scale, vector, 1, n);
            for (int i = 0; i < n; i++) {
                float expected = ((x[3 + i] & 0xFF) - shift[i]) * scale[i];
                assertEquals(Float.floatToRawIntBits(expected), Float.floatToRawIntBits(portable[1 + i]), "at " + i);
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
