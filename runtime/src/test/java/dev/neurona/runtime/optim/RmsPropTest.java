package dev.neurona.runtime.optim;

import static dev.neurona.runtime.optim.ReferenceRun.GRADS;
import static dev.neurona.runtime.optim.ReferenceRun.RATES;

import dev.neurona.runtime.spec.OptimizerSpec;
import org.junit.jupiter.api.Test;

class RmsPropTest {

    private static double[] reference(double rho, double eps) {
        double[] w = ReferenceRun.start();
        double[] v = new double[w.length];
        for (int t = 0; t < 3; t++) {
            for (int j = 0; j < w.length; j++) {
                double g = GRADS[t][j];
                v[j] = rho * v[j] + (1 - rho) * g * g;
                w[j] -= RATES[t] * g / (Math.sqrt(v[j]) + eps);
            }
        }
        return w;
    }

    @Test
    void keepsARunningAverageOfSquaredGradients() {
        ReferenceRun.assertClose(reference(0.9, 1e-8), ReferenceRun.run(OptimizerSpec.rmsprop(0.1, 0.9), true));
    }

    @Test
    void pyTorchsDefaultDecay() {
        ReferenceRun.assertClose(reference(0.99, 1e-8), ReferenceRun.run(OptimizerSpec.rmsprop(0.1, 0.99), false));
    }
}
