package dev.neurona.runtime.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.runtime.spec.OptimizerSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OptimizerTest {
    private static final float[] CENTRE = {1f, -2f, 3f, 0.5f};

    static Stream<OptimizerSpec> everyRule() {
        return Stream.of(
                OptimizerSpec.sgd(0.1),
                OptimizerSpec.sgd(0.05, 0.9, false),
                OptimizerSpec.sgd(0.05, 0.9, true),
                OptimizerSpec.adam(0.1),
                OptimizerSpec.adamw(0.1, 0.01),
                OptimizerSpec.rmsprop(0.01, 0.9),
                OptimizerSpec.adagrad(0.5));
    }

    /** f(w) = Σ(w − c)², writing its gradient 2(w − c) into the param. */
    private static double quadratic(Param p) {
        double f = 0;
        for (int j = 0; j < CENTRE.length; j++) {
            double d = p.value()[j] - CENTRE[j];
            f += d * d;
            p.grad()[j] = (float) (2 * d);
        }
        return f;
    }

    @ParameterizedTest
    @MethodSource("everyRule")
    void minimisesAQuadratic(OptimizerSpec spec) {
        // not penalized, so AdamW's decay does not move the minimum away from c
        Param p = Param.of("w", CENTRE.length, false);
        Optimizer optimizer = Optimizer.create(spec, List.of(p));
        double start = quadratic(p);
        for (int t = 0; t < 500; t++) {
            quadratic(p);
            optimizer.step(spec.lr());
        }
        double end = quadratic(p);
        assertTrue(end < 1e-3 * start, spec + " went from " + start + " to " + end);
    }

    @ParameterizedTest
    @MethodSource("everyRule")
    void restoredStateContinuesIdentically(OptimizerSpec spec) {
        List<Param> original = params();
        Optimizer first = Optimizer.create(spec, original);
        SplittableRandom random = new SplittableRandom(7);
        for (int t = 0; t < 3; t++) {
            randomGradients(original, random);
            first.step(spec.lr());
        }
        List<float[]> savedValues = values(original);
        List<float[]> savedState = first.state();
        long savedSteps = first.steps();

        List<Param> copy = params();
        for (int i = 0; i < copy.size(); i++) {
            System.arraycopy(savedValues.get(i), 0, copy.get(i).value(), 0, savedValues.get(i).length);
        }
        Optimizer second = Optimizer.create(spec, copy);
        second.restore(savedState, savedSteps);

        SplittableRandom continuation = new SplittableRandom(11);
        for (int t = 0; t < 2; t++) {
            randomGradients(original, continuation);
            for (int i = 0; i < copy.size(); i++) {
                System.arraycopy(
                        original.get(i).grad(),
                        0,
                        copy.get(i).grad(),
                        0,
                        copy.get(i).size());
            }
            first.step(spec.lr() / 2);
            second.step(spec.lr() / 2);
        }
        for (int i = 0; i < copy.size(); i++) {
            assertArrayEquals(original.get(i).value(), copy.get(i).value(), spec + ", param " + i);
        }
        assertEquals(first.steps(), second.steps());
    }

    @ParameterizedTest
    @MethodSource("everyRule")
    void resetStartsOverAsIfNew(OptimizerSpec spec) {
        List<Param> used = params();
        Optimizer optimizer = Optimizer.create(spec, used);
        randomGradients(used, new SplittableRandom(3));
        optimizer.step(spec.lr());
        optimizer.step(spec.lr());
        optimizer.reset();
        assertEquals(0, optimizer.steps());

        List<Param> fresh = params();
        for (int i = 0; i < fresh.size(); i++) {
            System.arraycopy(
                    used.get(i).value(),
                    0,
                    fresh.get(i).value(),
                    0,
                    fresh.get(i).size());
            System.arraycopy(
                    used.get(i).grad(), 0, fresh.get(i).grad(), 0, fresh.get(i).size());
        }
        Optimizer newOne = Optimizer.create(spec, fresh);
        optimizer.step(spec.lr());
        newOne.step(spec.lr());
        for (int i = 0; i < fresh.size(); i++)
            assertArrayEquals(fresh.get(i).value(), used.get(i).value());
    }

    @Test
    void stateIsACopy() {
        List<Param> params = params();
        Optimizer optimizer = Optimizer.create(OptimizerSpec.adam(0.1), params);
        randomGradients(params, new SplittableRandom(5));
        optimizer.step(0.1);
        List<float[]> state = optimizer.state();
        float before = state.get(0)[0];
        state.get(0)[0] = 42f;
        assertEquals(before, optimizer.state().get(0)[0]);
    }

    @Test
    void restoreRefusesStateThatDoesNotFit() {
        Optimizer optimizer = Optimizer.create(OptimizerSpec.adam(0.1), params());
        IllegalArgumentException tooFew =
                assertThrows(IllegalArgumentException.class, () -> optimizer.restore(List.of(new float[3]), 1));
        assertEquals("optimizer state has 1 arrays, but adam over 2 params needs 4", tooFew.getMessage());

        List<float[]> wrongLength = List.of(new float[3], new float[2], new float[3], new float[3]);
        IllegalArgumentException misfit =
                assertThrows(IllegalArgumentException.class, () -> optimizer.restore(wrongLength, 1));
        assertEquals("optimizer state array 3 has 3 numbers, but param b has 2", misfit.getMessage());

        assertThrows(IllegalArgumentException.class, () -> optimizer.restore(optimizer.state(), -1));
    }

    @Test
    void refusesTheSameParamTwice() {
        Param p = Param.of("w", 2, true);
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> Optimizer.create(OptimizerSpec.sgd(0.1), List.of(p, p)));
        assertEquals("param w is given to the optimizer twice", e.getMessage());
    }

    @Test
    void refusesANegativeOrNonFiniteRate() {
        Optimizer optimizer = Optimizer.create(OptimizerSpec.sgd(0.1), params());
        assertThrows(IllegalArgumentException.class, () -> optimizer.step(-0.1));
        assertThrows(IllegalArgumentException.class, () -> optimizer.step(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> optimizer.step(Double.POSITIVE_INFINITY));
        assertEquals(0, optimizer.steps());
    }

    @Test
    void describesItselfByItsSpec() {
        OptimizerSpec spec = OptimizerSpec.adamw(0.001, 0.01);
        Optimizer optimizer = Optimizer.create(spec, params());
        assertEquals(spec, optimizer.spec());
        assertEquals("adamw(lr=0.001, weight_decay=0.01)", optimizer.toString());
        assertEquals(2, optimizer.params().size());
    }

    private static List<Param> params() {
        return List.of(
                new Param("w", new float[] {0.3f, -0.7f, 1.2f}, new float[3], true),
                new Param("b", new float[] {0.1f, -0.1f}, new float[2], false));
    }

    private static void randomGradients(List<Param> params, SplittableRandom random) {
        for (Param p : params) {
            for (int j = 0; j < p.size(); j++) p.grad()[j] = (float) (random.nextDouble() * 2 - 1);
        }
    }

    private static List<float[]> values(List<Param> params) {
        List<float[]> copy = new ArrayList<>();
        for (Param p : params) copy.add(p.value().clone());
        return copy;
    }
}
