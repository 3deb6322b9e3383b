package dev.neurona.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neurona.runtime.TestData;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Another reader following the rules gets what the local pipeline gets. */
class TableRulesTest {
    @Test
    void aSplitPlanDealsTheRowsAsThePipelineDoes() {
        Dataset blobs = TestData.blobs(230, 3, 4, 6);
        DataOptions options = DataOptions.builder()
                .shuffle(true)
                .limit(200)
                .split(new SplitPart("train", 0.7), new SplitPart("test", 0.3))
                .build();
        PreparedData prepared = DataPipeline.prepare(blobs, options, "b", 9);

        SplittableRandom random = new SplittableRandom(9);
        int[] kept = RowLimit.order(230, true, 200, 9, random);
        int[] classRows = new int[4];
        for (int row : kept) classRows[blobs.labels()[row]]++;
        TableRules.SplitPlan plan = TableRules.planSplit(200, classRows, new double[] {0.7, 0.3}, random);
        int[][] parts = {new int[plan.sizes()[0]], new int[plan.sizes()[1]]};
        int[] filled = new int[2];
        int[] dealt = new int[4];
        for (int position : plan.order()) {
            int row = kept[position];
            int c = blobs.labels()[row];
            int part = plan.partOf(c, dealt[c]++);
            parts[part][filled[part]++] = row;
        }

        assertArrayEquals(
                prepared.part("train").features(), blobs.subset(parts[0]).features());
        assertArrayEquals(prepared.part("test").labels(), blobs.subset(parts[1]).labels());
    }

    @Test
    void withoutClassesPartsAreRunsOfTheOrder() {
        TableRules.SplitPlan plan =
                TableRules.planSplit(10, null, new double[] {0.5, 0.3, 0.2}, new SplittableRandom(1));
        assertArrayEquals(new int[] {5, 3, 2}, plan.sizes());
        assertEquals(
                List.of(0, 0, 0, 0, 0, 1, 1, 1, 2, 2),
                java.util.stream.IntStream.range(0, 10)
                        .map(plan::partAt)
                        .boxed()
                        .toList());
    }

    @Test
    void normalisationFromStatisticsIsThePipelines() {
        Dataset blobs = TestData.blobs(50, 3, 2, 2);
        DataOptions options =
                DataOptions.builder().normalize(Normalization.STANDARD).scale(2).build();
        Preprocessing expected =
                DataPipeline.prepare(blobs, options, "b", 1).all().preprocessing();

        double[] mean = new double[3];
        double[] squares = new double[3];
        for (int r = 0; r < 50; r++) for (int j = 0; j < 3; j++) mean[j] += blobs.features()[r * 3 + j];
        for (int j = 0; j < 3; j++) mean[j] /= 50;
        for (int r = 0; r < 50; r++)
            for (int j = 0; j < 3; j++) squares[j] += Math.pow(blobs.features()[r * 3 + j] - mean[j], 2);
        double[] std = Arrays.stream(squares).map(s -> Math.sqrt(s / 50)).toArray();

        assertEquals(
                expected,
                TableRules.normalized(blobs.preprocessing(), Normalization.STANDARD, mean, std, null, null, 2));
    }

    @Test
    void numberClassesAreNamedByTheirValue() {
        assertEquals("7", TableRules.classValue("007").toPlainString());
        assertEquals("1.5", TableRules.classValue(" 1.50 ").toPlainString());
        assertEquals("0", TableRules.classValue("-0.0").toPlainString());
    }
}
