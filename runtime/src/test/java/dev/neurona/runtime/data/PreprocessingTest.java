package dev.neurona.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreprocessingTest {
    private static final float[] NO_SHIFT = {0, 0, 0};
    private static final float[] ONES = {1, 1, 1};

    @Test
    void placesEachNumberAtItsOwnFeatureAndFillsMissingOnes() {
        Preprocessing p = new Preprocessing(
                List.of(
                        InputColumn.numeric("a", Double.NaN),
                        InputColumn.numeric("b", 9),
                        InputColumn.numeric("c", Double.NaN)),
                NO_SHIFT,
                ONES);

        assertArrayEquals(new float[] {1, 9, 3}, p.apply(new double[] {1, Double.NaN, 3}));
        assertEquals(
                "input 'a' is missing",
                assertThrows(DataException.class, () -> p.apply(new double[] {Double.NaN, 2, 3}))
                        .getMessage());
    }

    @Test
    void writesARowIntoABatchAtItsPlaceAndNowhereElse() {
        Preprocessing p = new Preprocessing(
                List.of(InputColumn.numeric("a", 0), InputColumn.numeric("b", -4), InputColumn.numeric("c", 0)),
                new float[] {1, 2, 3},
                new float[] {2, 0.5f, -1});
        float[] batch = new float[9];
        Arrays.fill(batch, 7f);

        p.apply(new double[] {3, Double.NaN, 1}, batch, 3);

        assertArrayEquals(new float[] {7, 7, 7, 4, -3, 2, 7, 7, 7}, batch);
        assertArrayEquals(Arrays.copyOfRange(batch, 3, 6), p.apply(new double[] {3, Double.NaN, 1}));
    }

    @Test
    void encodesTextAsOneHotAndAnUnseenValueAsNoCategory() {
        Preprocessing p = new Preprocessing(
                List.of(InputColumn.categorical("colour", List.of("blue", "red")), InputColumn.numeric("x", 0)),
                NO_SHIFT,
                ONES);

        assertArrayEquals(new float[] {0, 1, 2.5f}, p.apply(new String[] {" red ", "2.5"}));
        assertArrayEquals(new float[] {0, 0, 0}, p.apply(new String[] {"green", "NA"}));
        assertEquals(
                "input 'colour' is text; give its value as a string",
                assertThrows(DataException.class, () -> p.apply(new double[] {1, 2}))
                        .getMessage());
        assertEquals(
                "input 'x': 'Infinity' is not a number",
                assertThrows(DataException.class, () -> p.apply(new String[] {"red", "Infinity"}))
                        .getMessage());
    }

    @Test
    void andThenAgreesWithApplyingBothStepsInTurn() {
        Preprocessing first = new Preprocessing(
                List.of(InputColumn.numeric("a", 0), InputColumn.numeric("b", 0), InputColumn.numeric("c", 0)),
                new float[] {1, -2, 0.5f},
                new float[] {0.5f, 3, 1});
        float[] shift = {4, 0.25f, -1};
        float[] scale = {2, 0.1f, 7};

        Preprocessing both = first.andThen(shift, scale);

        float[] stepwise = first.apply(new double[] {3, 5, -8});
        for (int j = 0; j < 3; j++) stepwise[j] = (stepwise[j] - shift[j]) * scale[j];
        float[] composed = both.apply(new double[] {3, 5, -8});
        for (int j = 0; j < 3; j++) assertEquals(stepwise[j], composed[j], 1e-5f * Math.max(1, Math.abs(stepwise[j])));
    }
}
