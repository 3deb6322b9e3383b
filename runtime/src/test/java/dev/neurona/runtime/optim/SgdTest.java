package dev.neurona.runtime.optim;

import static dev.neurona.runtime.optim.ReferenceRun.GRADS;
import static dev.neurona.runtime.optim.ReferenceRun.RATES;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.runtime.spec.OptimizerSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class SgdTest {

    @Test
    void plainStepsAgainstGradient() {
        double[] w = ReferenceRun.start();
        for (int t = 0; t < 3; t++) {
            for (int j = 0; j < w.length; j++) w[j] -= RATES[t] * GRADS[t][j];
        }
        ReferenceRun.assertClose(w, ReferenceRun.run(OptimizerSpec.sgd(0.1), false));
    }

    @Test
    void classicalMomentumFollowsTheBuffer() {
        double mu = 0.9;
        double[] w = ReferenceRun.start();
        double[] b = new double[w.length];
        for (int t = 0; t < 3; t++) {
            for (int j = 0; j < w.length; j++) {
                b[j] = mu * b[j] + GRADS[t][j];
                w[j] -= RATES[t] * b[j];
            }
        }
        ReferenceRun.assertClose(w, ReferenceRun.run(OptimizerSpec.sgd(0.1, mu, false), false));
    }

    @Test
    void nesterovLooksAheadAlongTheBuffer() {
        double mu = 0.8;
        double[] w = ReferenceRun.start();
        double[] b = new double[w.length];
        for (int t = 0; t < 3; t++) {
            for (int j = 0; j < w.length; j++) {
                b[j] = mu * b[j] + GRADS[t][j];
                w[j] -= RATES[t] * (GRADS[t][j] + mu * b[j]);
            }
        }
        ReferenceRun.assertClose(w, ReferenceRun.run(OptimizerSpec.sgd(0.1, mu, true), false));
    }

    @Test
    void nesterovWithoutMomentumIsPlainSgdAndKeepsNoState() {
        assertArrayEquals(
                ReferenceRun.run(OptimizerSpec.sgd(0.1), false),
                ReferenceRun.run(OptimizerSpec.sgd(0.1, 0, true), false));
        Optimizer plain = Optimizer.create(OptimizerSpec.sgd(0.1), List.of(Param.of("w", 3, true)));
        assertTrue(plain.state().isEmpty());
    }

    @Test
    void momentumKeepsOneBufferPerParam() {
        List<Param> params = List.of(Param.of("w", 3, true), Param.of("b", 2, false));
        Optimizer optimizer = Optimizer.create(OptimizerSpec.sgd(0.1, 0.9, false), params);
        assertEquals(2, optimizer.state().size());
        assertEquals(3, optimizer.state().get(0).length);
        assertEquals(2, optimizer.state().get(1).length);
    }
}
