package dev.neurona.runtime.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neurona.runtime.spec.ScheduleSpec;
import org.junit.jupiter.api.Test;

/** The per-epoch rates of {@link ScheduleSpec}, as the trainer hands them to an optimizer. */
class LearningRateScheduleTest {
    private static final double BASE = 0.1;
    private static final int EPOCHS = 10;

    @Test
    void constantNeverChanges() {
        assertEquals(0.1, ScheduleSpec.CONSTANT.rate(BASE, 0, EPOCHS), 1e-15);
        assertEquals(0.1, ScheduleSpec.CONSTANT.rate(BASE, 9, EPOCHS), 1e-15);
    }

    @Test
    void stepMultipliesByTheFactorEveryFewEpochs() {
        ScheduleSpec schedule = ScheduleSpec.step(3, 0.5);
        assertEquals(0.1, schedule.rate(BASE, 0, EPOCHS), 1e-15);
        assertEquals(0.1, schedule.rate(BASE, 2, EPOCHS), 1e-15);
        assertEquals(0.05, schedule.rate(BASE, 5, EPOCHS), 1e-15);
        assertEquals(0.0125, schedule.rate(BASE, 9, EPOCHS), 1e-15);
    }

    @Test
    void exponentialMultipliesEveryEpoch() {
        ScheduleSpec schedule = ScheduleSpec.exponential(0.9);
        assertEquals(0.1, schedule.rate(BASE, 0, EPOCHS), 1e-15);
        assertEquals(0.059049, schedule.rate(BASE, 5, EPOCHS), 1e-15);
        assertEquals(0.0387420489, schedule.rate(BASE, 9, EPOCHS), 1e-15);
    }

    @Test
    void cosineFallsFromTheBaseTowardsTheMinimum() {
        ScheduleSpec schedule = ScheduleSpec.cosine(0.001);
        assertEquals(0.1, schedule.rate(BASE, 0, EPOCHS), 1e-15);
        // half way: the mean of base and minimum
        assertEquals(0.0505, schedule.rate(BASE, 5, EPOCHS), 1e-15);
        // 0.001 + 0.099·(1 + cos(0.9π))/2, cos(0.9π) = −0.9510565163
        assertEquals(0.003422702443, schedule.rate(BASE, 9, EPOCHS), 1e-12);
    }
}
