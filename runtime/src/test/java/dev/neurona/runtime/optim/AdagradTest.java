package dev.neurona.runtime.optim;

import static dev.neurona.runtime.optim.ReferenceRun.GRADS;
import static dev.neurona.runtime.optim.ReferenceRun.RATES;

import dev.neurona.runtime.spec.OptimizerSpec;
import org.junit.jupiter.api.Test;

class AdagradTest {

    @Test
    void dividesBySquareRootOfSummedSquaredGradients() {
        double eps = 1e-8;
        double[] w = ReferenceRun.start();
        double[] sum = new double[w.length];
        for (int t = 0; t < 3; t++) {
            for (int j = 0; j < w.length; j++) {
                double g = GRADS[t][j];
                sum[j] += g * g;
                w[j] -= RATES[t] * g / (Math.sqrt(sum[j]) + eps);
            }
        }
        ReferenceRun.assertClose(w, ReferenceRun.run(OptimizerSpec.adagrad(0.1), true));
    }
}
