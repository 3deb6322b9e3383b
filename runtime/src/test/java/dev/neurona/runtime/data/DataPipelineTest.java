package dev.neurona.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DataPipelineTest {
    private static final SplitPart TRAIN_70 = new SplitPart("train", 0.7);
    private static final SplitPart VALID_20 = new SplitPart("valid", 0.2);
    private static final SplitPart TEST_10 = new SplitPart("test", 0.1);

    private static DataOptions.Builder options() {
        return DataOptions.builder();
    }

    @Test
    void withoutOptionsKeepsEveryRowInOrderAndSharesTheArrays() {
        Dataset source = TestData.classification(3, 2);

        PreparedData prepared = DataPipeline.prepare(source, DataOptions.defaults(), "t", 1);

        assertEquals("t", prepared.all().name());
        assertSame(source.features(), prepared.all().features());
        assertEquals(Map.of(), prepared.parts());
        assertEquals(source.preprocessing(), prepared.all().preprocessing());
    }

    @Test
    void splitsIntoNamedPartsOfTheDeclaredSizesInDeclaredOrder() {
        Dataset source = TestData.classification(60, 40);

        PreparedData prepared = DataPipeline.prepare(
                source, options().split(TRAIN_70, VALID_20, TEST_10).build(), "digits", 3);

        assertEquals(List.of("train", "valid", "test"), prepared.partNames());
        assertEquals("digits.train", prepared.part("train").name());
        assertEquals("digits.test", prepared.part("test").name());
        assertEquals(70, prepared.part("train").rows());
        assertEquals(20, prepared.part("valid").rows());
        assertEquals(10, prepared.part("test").rows());
        assertEquals(100, prepared.all().rows());
    }

    @Test
    void stratifiesEveryPartInTheClassProportions() {
        Dataset source = TestData.classification(60, 40);

        PreparedData prepared = DataPipeline.prepare(
                source, options().split(TRAIN_70, VALID_20, TEST_10).build(), "d", 3);

        assertArrayEquals(new int[] {42, 28}, prepared.part("train").classCounts());
        assertArrayEquals(new int[] {12, 8}, prepared.part("valid").classCounts());
        assertArrayEquals(new int[] {6, 4}, prepared.part("test").classCounts());
    }

    @Test
    void roundsEachClassToTheFloorOrCeilingOfItsShare() {
        Dataset source = TestData.classification(7, 5, 3, 11);
        double[] shares = {0.6, 0.25, 0.15};
        DataOptions split = options()
                .split(new SplitPart("a", 0.6), new SplitPart("b", 0.25), new SplitPart("c", 0.15))
                .build();

        for (long seed = 0; seed < 20; seed++) {
            PreparedData prepared = DataPipeline.prepare(source, split, "d", seed);
            assertArrayEquals(
                    new int[] {16, 6, 4},
                    prepared.parts().values().stream().mapToInt(Dataset::rows).toArray());
            int p = 0;
            for (Dataset part : prepared.parts().values()) {
                int[] counts = part.classCounts();
                for (int c = 0; c < counts.length; c++) {
                    double exact = source.classCounts()[c] * shares[p];
                    assertTrue(
                            Math.abs(counts[c] - exact) < 1.5,
                            "seed " + seed + " part " + p + " class " + c + ": " + counts[c] + " vs " + exact);
                }
                p++;
            }
        }
    }

    @Test
    void givesASmallPartItsRowsEvenWhenEveryClassIsSmall() {
        Dataset source = TestData.classification(3, 3, 3, 3, 3, 3, 3, 3, 3, 3);

        PreparedData prepared = DataPipeline.prepare(
                source,
                options()
                        .split(new SplitPart("train", 0.9), new SplitPart("valid", 0.1))
                        .build(),
                "d",
                5);

        int[] valid = prepared.part("valid").classCounts();
        assertEquals(3, prepared.part("valid").rows());
        assertEquals(3, Arrays.stream(valid).filter(n -> n == 1).count(), Arrays.toString(valid));
        assertEquals(27, prepared.part("train").rows());
    }

    @Test
    void partsAreDisjointAndCoverEveryKeptRow() {
        Dataset source = TestData.classification(13, 9, 8);

        PreparedData prepared = DataPipeline.prepare(
                source, options().split(TRAIN_70, VALID_20, TEST_10).build(), "d", 11);

        int[] seen = prepared.parts().values().stream()
                .flatMapToInt(part -> Arrays.stream(TestData.ids(part)))
                .sorted()
                .toArray();
        assertArrayEquals(IntStream.range(0, 30).toArray(), seen);
        for (Dataset part : prepared.parts().values()) {
            int[] ids = TestData.ids(part);
            for (int i = 0; i < ids.length; i++)
                assertEquals(source.labels()[ids[i]], part.labels()[i], "label travels with its row");
        }
    }

    @Test
    void theSameSeedGivesIdenticalArraysAndAnotherSeedAnotherOrder() {
        Dataset source = TestData.classification(30, 20);
        DataOptions opts = options()
                .shuffle(true)
                .split(TRAIN_70, VALID_20, TEST_10)
                .normalize(Normalization.STANDARD)
                .build();

        PreparedData first = DataPipeline.prepare(source, opts, "d", 42);
        PreparedData again = DataPipeline.prepare(source, opts, "d", 42);
        PreparedData other = DataPipeline.prepare(source, opts, "d", 43);

        for (String part : first.partNames()) {
            assertArrayEquals(first.part(part).features(), again.part(part).features());
            assertArrayEquals(first.part(part).labels(), again.part(part).labels());
        }
        assertArrayEquals(first.all().features(), again.all().features());
        assertFalse(Arrays.equals(TestData.ids(first.part("train")), TestData.ids(other.part("train"))));
    }

    @Test
    void aSplitShufflesEvenWithoutTheShuffleOption() {
        Dataset source = TestData.classification(50, 50);

        PreparedData prepared = DataPipeline.prepare(
                source,
                options()
                        .split(new SplitPart("a", 0.5), new SplitPart("b", 0.5))
                        .build(),
                "d",
                9);

        int[] ids = TestData.ids(prepared.part("a"));
        assertFalse(Arrays.equals(ids, Arrays.stream(ids).sorted().toArray()), "part a is in a shuffled order");
        assertArrayEquals(
                IntStream.range(0, 100).toArray(), TestData.ids(prepared.all()), "the whole set keeps its order");
    }

    @Test
    void limitKeepsTheFirstRowsAndWithShuffleTheRowsOfSmallestSeededRankInASeededOrder() {
        Dataset source = TestData.classification(10, 10);

        PreparedData plain = DataPipeline.prepare(source, options().limit(5).build(), "d", 4);
        PreparedData shuffled =
                DataPipeline.prepare(source, options().shuffle(true).limit(5).build(), "d", 4);
        PreparedData beyond = DataPipeline.prepare(source, options().limit(500).build(), "d", 4);

        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, TestData.ids(plain.all()));
        int[] smallestRanks = IntStream.range(0, 20)
                .boxed()
                .sorted((a, b) -> Long.compare(RowLimit.rank(4, a), RowLimit.rank(4, b)))
                .limit(5)
                .mapToInt(Integer::intValue)
                .sorted()
                .toArray();
        int[] permutation = Shuffles.permutation(5, 4);
        int[] expected = new int[5];
        for (int i = 0; i < 5; i++) expected[i] = smallestRanks[permutation[i]];
        assertArrayEquals(expected, TestData.ids(shuffled.all()));
        assertEquals(20, beyond.all().rows());
    }

    @Test
    void aJustLoadedDataSetIsNormalisedInPlaceToTheSameBits() {
        for (boolean split : new boolean[] {false, true}) {
            DataOptions.Builder builder =
                    options().normalize(Normalization.STANDARD).scale(0.5);
            if (split) {
                builder.shuffle(true).split(TRAIN_70, VALID_20, TEST_10);
            }
            DataOptions options = builder.build();
            Dataset kept = TestData.classification(30, 20);
            Dataset loaded = TestData.classification(30, 20);

            PreparedData copied = DataPipeline.prepare(kept, options, "d", 6);
            PreparedData inPlace = DataPipeline.prepareLoaded(loaded, options, "d", 6);

            assertArrayEquals(copied.all().features(), inPlace.all().features(), "split " + split);
            assertEquals(copied.all().preprocessing(), inPlace.all().preprocessing());
            for (String part : copied.partNames()) {
                assertArrayEquals(
                        copied.part(part).features(), inPlace.part(part).features(), part);
                assertArrayEquals(copied.part(part).labels(), inPlace.part(part).labels(), part);
            }
            assertArrayEquals(TestData.classification(30, 20).features(), kept.features(), "prepare copies");
            if (!split) {
                assertSame(loaded.features(), inPlace.all().features(), "no second copy of the table");
            }
        }
    }

    @Test
    void shuffleWithALimitAboveTheRowCountIsShuffleAlone() {
        Dataset source = TestData.classification(10, 10);

        PreparedData alone =
                DataPipeline.prepare(source, options().shuffle(true).build(), "d", 4);
        PreparedData limited =
                DataPipeline.prepare(source, options().shuffle(true).limit(20).build(), "d", 4);

        assertArrayEquals(Shuffles.permutation(20, 4), TestData.ids(alone.all()));
        assertArrayEquals(TestData.ids(alone.all()), TestData.ids(limited.all()));
    }

    @Test
    void limitComesBeforeTheSplit() {
        Dataset source = TestData.classification(50, 50);

        PreparedData prepared = DataPipeline.prepare(
                source,
                options()
                        .limit(20)
                        .split(new SplitPart("a", 0.75), new SplitPart("b", 0.25))
                        .build(),
                "d",
                4);

        assertEquals(15, prepared.part("a").rows());
        assertEquals(5, prepared.part("b").rows());
        assertTrue(Arrays.stream(TestData.ids(prepared.part("b"))).allMatch(id -> id < 20));
    }

    @Test
    void standardNormalisationIsFittedOnTheFirstPartOnly() {
        Dataset source = TestData.classification(40, 40);

        PreparedData prepared = DataPipeline.prepare(
                source,
                options()
                        .split(new SplitPart("train", 0.5), new SplitPart("rest", 0.5))
                        .normalize(Normalization.STANDARD)
                        .build(),
                "d",
                8);

        Dataset train = prepared.part("train");
        int[] trainIds = TestData.ids(train);
        double mean = Arrays.stream(trainIds).average().orElseThrow();
        double std = Math.sqrt(Arrays.stream(trainIds)
                        .mapToDouble(id -> (id - mean) * (id - mean))
                        .sum()
                / trainIds.length);
        float[] shift = train.preprocessing().shift();
        float[] scale = train.preprocessing().scale();
        assertEquals((float) mean, shift[0]);
        assertEquals((float) (1 / std), scale[0]);
        assertEquals(
                train.preprocessing(),
                prepared.part("rest").preprocessing(),
                "every part shares the first part's statistics");
        assertEquals(0, column(train, 0).average().orElseThrow(), 1e-6);
        assertEquals(1, Math.sqrt(column(train, 0).map(x -> x * x).average().orElseThrow()), 1e-6);
        assertNotEquals(0, column(prepared.part("rest"), 0).average().orElseThrow(), 1e-3);
    }

    @Test
    void aConstantFeatureIsCentredButNotDividedByZero() {
        Dataset source = TestData.classification(5, 5);

        for (Normalization kind : List.of(Normalization.STANDARD, Normalization.MINMAX)) {
            Dataset all = DataPipeline.prepare(source, options().normalize(kind).build(), "d", 1)
                    .all();
            assertEquals(5f, all.preprocessing().shift()[2]);
            assertEquals(1f, all.preprocessing().scale()[2]);
            assertTrue(column(all, 2).allMatch(x -> x == 0), kind + " turns the constant column into zeros");
        }
    }

    @Test
    void minMaxMapsTheFirstPartOntoZeroToOne() {
        Dataset source = TestData.classification(30, 30);

        PreparedData prepared = DataPipeline.prepare(
                source,
                options()
                        .split(new SplitPart("train", 0.8), new SplitPart("rest", 0.2))
                        .normalize(Normalization.MINMAX)
                        .build(),
                "d",
                2);

        Dataset train = prepared.part("train");
        assertEquals(0, column(train, 0).min().orElseThrow());
        assertEquals(1, column(train, 0).max().orElseThrow(), 1e-6);
        assertEquals(0.25f, train.preprocessing().shift()[1]);
        assertEquals((float) (1 / 16.0), train.preprocessing().scale()[1]);
    }

    @Test
    void scaleMultipliesAfterNormalisation() {
        Dataset source = TestData.classification(4, 4);

        Dataset scaled = DataPipeline.prepare(source, options().scale(1 / 255.0).build(), "d", 1)
                .all();
        Dataset both = DataPipeline.prepare(
                        source,
                        options().normalize(Normalization.MINMAX).scale(2).build(),
                        "d",
                        1)
                .all();

        assertEquals(7 * (float) (1 / 255.0), scaled.row(7)[0]);
        assertEquals(0f, both.row(0)[0]);
        assertEquals(2f, both.row(7)[0]);
        assertEquals(0f, both.preprocessing().shift()[0]);
        assertEquals(2f / 7, both.preprocessing().scale()[0], 1e-7);
    }

    @Test
    void thePreprocessingReproducesEveryPreparedRowFromItsRawRowExactly() {
        Dataset source = TestData.classification(25, 15);
        for (Normalization kind : Normalization.values()) {
            DataOptions opts = options()
                    .shuffle(true)
                    .limit(33)
                    .split(TRAIN_70, VALID_20, TEST_10)
                    .normalize(kind)
                    .scale(0.37)
                    .build();
            PreparedData prepared = DataPipeline.prepare(source, opts, "d", 6);
            for (Dataset part : prepared.parts().values()) {
                int[] ids = TestData.ids(part);
                for (int i = 0; i < part.rows(); i++) {
                    assertArrayEquals(
                            part.row(i),
                            part.preprocessing().apply(TestData.raw(source, ids[i])),
                            kind + " " + part.name() + " row " + i);
                }
            }
        }
    }

    @Test
    void regressionSplitsByShuffleAloneAndKeepsTargetsWithTheirRows() {
        Dataset source = TestData.regression(50);

        PreparedData prepared = DataPipeline.prepare(
                source,
                options()
                        .split(new SplitPart("a", 0.8), new SplitPart("b", 0.2))
                        .normalize(Normalization.STANDARD)
                        .build(),
                "r",
                12);

        assertEquals(40, prepared.part("a").rows());
        assertEquals(10, prepared.part("b").rows());
        Dataset b = prepared.part("b");
        int[] ids = TestData.ids(b);
        for (int i = 0; i < ids.length; i++)
            assertEquals(2f * ids[i], b.targets()[i], "targets are not normalised and follow their row");
    }

    @Test
    void doesNotModifyTheSource() {
        Dataset source = TestData.classification(10, 10);
        float[] before = source.features().clone();

        DataPipeline.prepare(
                source,
                options()
                        .normalize(Normalization.STANDARD)
                        .scale(3)
                        .split(TRAIN_70, VALID_20, TEST_10)
                        .build(),
                "d",
                1);

        assertArrayEquals(before, source.features());
    }

    @Test
    void refusesASplitThatLeavesAPartEmpty() {
        Dataset source = TestData.classification(3, 2);

        DataException e = assertThrows(
                DataException.class,
                () -> DataPipeline.prepare(
                        source,
                        options()
                                .split(new SplitPart("train", 0.9), new SplitPart("valid", 0.1))
                                .build(),
                        "d",
                        1));

        assertEquals("split part 'd.valid' would get no rows: 5 rows are too few for 10%", e.getMessage());
    }

    @Test
    void derivingComposesANewStepWithTheExistingPreprocessing() {
        Dataset source = TestData.classification(20, 20);
        Dataset scaled = DataPipeline.prepare(source, options().scale(0.5).build(), "a", 1)
                .all();

        PreparedData derived = DataPipeline.derive(
                scaled, options().normalize(Normalization.STANDARD).limit(30).build(), "b", 1);

        Dataset b = derived.all();
        assertEquals(30, b.rows());
        assertEquals(0, column(b, 0).average().orElseThrow(), 1e-6);
        for (int i = 0; i < b.rows(); i++) {
            float[] again = b.preprocessing().apply(TestData.raw(source, i));
            for (int j = 0; j < again.length; j++) assertEquals(b.row(i)[j], again[j], 1e-5, "row " + i);
        }
    }

    @Test
    void derivingRefusesCsvReadingOptions() {
        Dataset source = TestData.classification(5, 5);

        DataException e = assertThrows(
                DataException.class,
                () -> DataPipeline.derive(
                        source.withName("a"),
                        options().target("y").missing(MissingPolicy.DROP).build(),
                        "b",
                        1));

        assertEquals(
                "data set 'b' is derived from 'a', whose columns are already read; options target, missing only apply to csv(...) sources",
                e.getMessage());
    }

    @Test
    void namesTheExistingPartsWhenAskedForAnother() {
        PreparedData prepared = DataPipeline.prepare(
                TestData.classification(10, 10),
                options()
                        .split(new SplitPart("train", 0.5), new SplitPart("valid", 0.5))
                        .build(),
                "digits",
                1);

        DataException e = assertThrows(DataException.class, () -> prepared.part("test"));

        assertEquals("data set 'digits' has no part 'test'; its parts are train, valid", e.getMessage());
    }

    private static DoubleStream column(Dataset data, int j) {
        return IntStream.range(0, data.rows()).mapToDouble(i -> data.features()[i * data.width() + j]);
    }
}
