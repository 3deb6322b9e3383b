package dev.neurona.runtime.optim;

import static dev.neurona.runtime.optim.ReferenceRun.GRADS;
import static dev.neurona.runtime.optim.ReferenceRun.RATES;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neurona.runtime.linalg.ComputePool;
import dev.neurona.runtime.spec.OptimizerKind;
import dev.neurona.runtime.spec.OptimizerSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdamTest {

    /** PyTorch's Adam/AdamW in double: decay, moments, bias correction, ε after the correction. */
    private static double[] reference(double beta1, double beta2, double eps, double weightDecay) {
        double[] w = ReferenceRun.start();
        double[] m = new double[w.length];
        double[] v = new double[w.length];
        for (int t = 0; t < 3; t++) {
            int step = t + 1;
            double lr = RATES[t];
            for (int j = 0; j < w.length; j++) {
                double g = GRADS[t][j];
                w[j] *= 1 - lr * weightDecay;
                m[j] = beta1 * m[j] + (1 - beta1) * g;
                v[j] = beta2 * v[j] + (1 - beta2) * g * g;
                double mHat = m[j] / (1 - Math.pow(beta1, step));
                double vHat = v[j] / (1 - Math.pow(beta2, step));
                w[j] -= lr * mHat / (Math.sqrt(vHat) + eps);
            }
        }
        return w;
    }

    @Test
    void adamWithDefaultBetas() {
        ReferenceRun.assertClose(reference(0.9, 0.999, 1e-8, 0), ReferenceRun.run(OptimizerSpec.adam(0.1), true));
    }

    @Test
    void adamWithOtherBetasAndALargeEps() {
        // a large ε shows whether it is added before or after the bias correction
        ReferenceRun.assertClose(
                reference(0.5, 0.9, 0.1, 0), ReferenceRun.run(OptimizerSpec.adam(0.1, 0.5, 0.9, 0.1), true));
    }

    @Test
    void adamwDecaysPenalizedParamsThenTakesTheAdamStep() {
        ReferenceRun.assertClose(
                reference(0.9, 0.999, 1e-8, 0.5), ReferenceRun.run(OptimizerSpec.adamw(0.1, 0.5), true));
    }

    @Test
    void adamwLeavesUnpenalizedParamsUndecayed() {
        ReferenceRun.assertClose(
                reference(0.9, 0.999, 1e-8, 0), ReferenceRun.run(OptimizerSpec.adamw(0.1, 0.5), false));
    }

    @Test
    void withZeroGradientsOnlyTheDecayMoves() {
        Param weights = new Param("w", new float[] {2f, -4f}, new float[2], true);
        Param bias = new Param("b", new float[] {2f, -4f}, new float[2], false);
        Optimizer optimizer = Optimizer.create(OptimizerSpec.adamw(0.1, 0.5), List.of(weights, bias));
        optimizer.step(0.1);
        assertArrayEquals(new float[] {2f * 0.95f, -4f * 0.95f}, weights.value(), 1e-6f);
        assertArrayEquals(new float[] {2f, -4f}, bias.value());
    }

    @Test
    void plainAdamIgnoresTheSpecsWeightDecay() {
        OptimizerSpec adamWithDecay = new OptimizerSpec(OptimizerKind.ADAM, 0.1, 0, false, 0.9, 0.999, 1e-8, 0.9, 0.5);
        assertArrayEquals(ReferenceRun.run(OptimizerSpec.adam(0.1), true), ReferenceRun.run(adamWithDecay, true));
    }

    @Test
    void stateIsFirstMomentsThenSecondMoments() {
        Param p = new Param("w", new float[] {1f}, new float[] {2f}, true);
        Param q = new Param("b", new float[] {1f, 1f}, new float[] {-1f, 0f}, false);
        Optimizer optimizer = Optimizer.create(OptimizerSpec.adam(0.1), List.of(p, q));
        optimizer.step(0.1);
        List<float[]> state = optimizer.state();
        assertEquals(4, state.size());
        assertArrayEquals(new float[] {0.2f}, state.get(0), 1e-7f);
        assertArrayEquals(new float[] {-0.1f, 0f}, state.get(1), 1e-7f);
        assertArrayEquals(new float[] {0.004f}, state.get(2), 1e-7f);
        assertArrayEquals(new float[] {0.001f, 0f}, state.get(3), 1e-7f);
        assertEquals(1, optimizer.steps());
    }

    @Test
    void onTwoThreadsEveryPieceOfALargeParamGetsTheSerialBits() {
        float[] serial = adamSteps(null);
        try (ComputePool pool = new ComputePool(2)) {
            assertArrayEquals(serial, adamSteps(pool));
        }
    }

    /** Three AdamW steps over a param of three pieces and a small one; the large param's values after. */
    private static float[] adamSteps(ComputePool pool) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(9);
        Param large = Param.of("w", 40_000, true);
        Param small = Param.of("b", 3, false);
        for (Param p : List.of(large, small)) {
            for (int i = 0; i < p.size(); i++) p.value()[i] = (float) random.nextGaussian();
        }
        Optimizer optimizer = pool == null
                ? Optimizer.create(OptimizerSpec.adamw(0.01, 0.1), List.of(large, small))
                : Optimizer.create(OptimizerSpec.adamw(0.01, 0.1), List.of(large, small), pool);
        for (int step = 0; step < 3; step++) {
            for (Param p : List.of(large, small)) {
                for (int i = 0; i < p.size(); i++) p.grad()[i] = (float) random.nextGaussian();
            }
            optimizer.step(0.01);
        }
        float[] result = java.util.Arrays.copyOf(large.value(), large.size() + 3);
        System.arraycopy(small.value(), 0, result, large.size(), 3);
        return result;
    }
}
