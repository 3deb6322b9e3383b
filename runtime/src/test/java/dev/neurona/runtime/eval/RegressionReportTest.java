package dev.neurona.runtime.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RegressionReportTest {
    private static final double TOLERANCE = 1e-9;

    @Test
    void perfectPredictionsScoreRSquaredOne() {
        RegressionReport report = RegressionReport.of(new float[] {1, -2, 3.5f}, new float[] {1, -2, 3.5f}, 1);
        assertEquals(0, report.mse());
        assertEquals(0, report.mae());
        assertEquals(1, report.r2());
    }

    @Test
    void predictingTheMeanScoresRSquaredZero() {
        RegressionReport report =
                RegressionReport.of(new float[] {1, 2, 3, 4}, new float[] {2.5f, 2.5f, 2.5f, 2.5f}, 1);
        assertEquals(0, report.r2(), TOLERANCE);
        assertEquals(1.25, report.mse(), TOLERANCE);
        assertEquals(Math.sqrt(1.25), report.rmse(), TOLERANCE);
        assertEquals(1.0, report.mae(), TOLERANCE);
        assertEquals(4, report.rows());
    }

    @Test
    void knownErrors() {
        // errors −0.5, 0, 1; spread of the truth around its mean 2 is 2
        RegressionReport report = RegressionReport.of(new float[] {1, 2, 3}, new float[] {1.5f, 2, 2}, 1);
        assertEquals(1.25 / 3, report.mse(), TOLERANCE);
        assertEquals(0.5, report.mae(), TOLERANCE);
        assertEquals(1 - 1.25 / 2, report.r2(), TOLERANCE);
    }

    @Test
    void worseThanTheMeanIsNegative() {
        RegressionReport report = RegressionReport.of(new float[] {1, 2, 3}, new float[] {3, 2, 1}, 1);
        assertEquals(1 - 8.0 / 2, report.r2(), TOLERANCE);
    }

    @Test
    void aConstantTargetScoresOneWhenExactAndZeroOtherwise() {
        assertEquals(
                1,
                RegressionReport.of(new float[] {5, 5}, new float[] {5, 5}, 1).r2());
        assertEquals(
                0,
                RegressionReport.of(new float[] {5, 5}, new float[] {5, 6}, 1).r2());
        assertEquals(0, RegressionReport.of(new float[] {5}, new float[] {4}, 1).r2());
    }

    @Test
    void outputsAreAveragedUniformly() {
        // rows (1, 5), (2, 5), (3, 5): output 0 as in knownErrors, output 1 a constant predicted exactly
        RegressionReport report =
                RegressionReport.of(new float[] {1, 5, 2, 5, 3, 5}, new float[] {1.5f, 5, 2, 5, 2, 5}, 2);
        assertEquals(2, report.outputs());
        assertEquals(3, report.rows());
        assertEquals(1 - 1.25 / 2, report.r2(0), TOLERANCE);
        assertEquals(1, report.r2(1), TOLERANCE);
        assertEquals((1 - 1.25 / 2 + 1) / 2, report.r2(), TOLERANCE);
        assertEquals(1.25 / 3 / 2, report.mse(), TOLERANCE);
        assertEquals(0.25, report.mae(), TOLERANCE);
        // the mean of per-output RMSEs, not the root of the mean MSE
        assertEquals(Math.sqrt(1.25 / 3) / 2, report.rmse(), TOLERANCE);
    }

    @Test
    void formatsTheAveragesAndATableForSeveralOutputs() {
        assertEquals(
                "mse 1.2500  rmse 1.1180  mae 1.0000  r2 0.0000\n",
                RegressionReport.of(new float[] {1, 2, 3, 4}, new float[] {2.5f, 2.5f, 2.5f, 2.5f}, 1)
                        .format());
        String expected = """
                loss 0.5000  mse 0.2083  rmse 0.3227  mae 0.2500  r2 0.6875
                output     mse    rmse     mae      r2
                     0  0.4167  0.6455  0.5000  0.3750
                     1  0.0000  0.0000  0.0000  1.0000
                """;
        assertEquals(
                expected,
                RegressionReport.of(new float[] {1, 5, 2, 5, 3, 5}, new float[] {1.5f, 5, 2, 5, 2, 5}, 2)
                        .withLoss(0.5)
                        .format());
    }

    @Test
    void refusesInputThatDoesNotMakeRows() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> RegressionReport.of(new float[3], new float[3], 2));
        assertEquals("3 values do not make whole rows of 2 outputs", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RegressionReport.of(new float[2], new float[3], 1));
        assertThrows(IllegalArgumentException.class, () -> RegressionReport.of(new float[0], new float[0], 1));
        assertThrows(IllegalArgumentException.class, () -> RegressionReport.of(new float[2], new float[2], 0));
    }
}
