package dev.neurona.runtime.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationReportTest {
    private static final List<String> ANIMALS = List.of("cat", "dog", "bird");
    /**
     * Confusion (rows true, columns predicted):  cat 2 1 1 / dog 1 2 0 / bird 0 1 2.
     * Predicted counts: cat 3, dog 4, bird 3. Six of ten right.
     */
    private static final int[] TRUTH = {0, 0, 0, 0, 1, 1, 1, 2, 2, 2};

    private static final int[] PREDICTED = {0, 0, 1, 2, 1, 1, 0, 2, 2, 1};

    private static final double TOLERANCE = 1e-12;

    private static ClassificationReport animals() {
        return ClassificationReport.of(TRUTH, PREDICTED, ANIMALS);
    }

    @Test
    void countsTheConfusionMatrixWithTrueClassesAsRows() {
        assertArrayEquals(
                new int[][] {{2, 1, 1}, {1, 2, 0}, {0, 1, 2}}, animals().confusionMatrix());
        assertEquals(1, animals().count(0, 2));
        assertEquals(0, animals().count(2, 0));
        assertEquals(10, animals().total());
    }

    @Test
    void accuracyIsTheShareOnTheDiagonal() {
        assertEquals(0.6, animals().accuracy(), TOLERANCE);
    }

    @Test
    void perClassScores() {
        assertScores(animals().scores(0), 2.0 / 3, 2.0 / 4, 4.0 / 7, 4);
        assertScores(animals().scores(1), 2.0 / 4, 2.0 / 3, 4.0 / 7, 3);
        assertScores(animals().scores(2), 2.0 / 3, 2.0 / 3, 2.0 / 3, 3);
    }

    @Test
    void macroAndWeightedAverages() {
        assertScores(animals().macroAverage(), 11.0 / 18, 11.0 / 18, 38.0 / 63, 10);
        // (4·2/3 + 3·1/2 + 3·2/3) / 10; weighted recall is always the accuracy
        assertScores(animals().weightedAverage(), 37.0 / 60, 0.6, 0.6, 10);
    }

    @Test
    void undefinedRatiosAreZero() {
        // "b" is never predicted; "c" is neither present nor predicted
        ClassificationReport report =
                ClassificationReport.of(new int[] {0, 1, 0, 1}, new int[] {0, 0, 0, 0}, List.of("a", "b", "c"));
        assertScores(report.scores(0), 0.5, 1, 2.0 / 3, 2);
        assertScores(report.scores(1), 0, 0, 0, 2);
        assertScores(report.scores(2), 0, 0, 0, 0);
        assertScores(report.macroAverage(), 0.5 / 3, 1.0 / 3, 2.0 / 9, 4);
        assertScores(report.weightedAverage(), 0.25, 0.5, 1.0 / 3, 4);
    }

    @Test
    void aConfusionMatrixCountedElsewhereGivesTheSameReport() {
        int[][] confusion = {{2, 1, 1}, {1, 2, 0}, {0, 1, 2}};
        ClassificationReport report = ClassificationReport.ofConfusion(confusion, ANIMALS);
        confusion[0][0] = 100;
        assertEquals(animals().format(), report.format());
    }

    @Test
    void lossIsOptional() {
        assertFalse(animals().loss().isPresent());
        assertEquals(0.25, animals().withLoss(0.25).loss().orElseThrow());
    }

    @Test
    void formatsLikeAClassificationReportWithTheConfusionMatrix() {
        String expected = """
                loss 0.1234  accuracy 0.6000
                              precision  recall  f1-score  support
                         cat     0.6667  0.5000    0.5714        4
                         dog     0.5000  0.6667    0.5714        3
                        bird     0.6667  0.6667    0.6667        3
                   macro avg     0.6111  0.6111    0.6032       10
                weighted avg     0.6167  0.6000    0.6000       10
                confusion matrix (rows: true class, columns: predicted)
                      cat  dog  bird
                 cat    2    1     1
                 dog    1    2     0
                bird    0    1     2
                """;
        assertEquals(expected, animals().withLoss(0.1234).format());
        assertEquals("accuracy 0.6000", animals().format().lines().findFirst().orElseThrow());
    }

    @Test
    void refusesLabelsOutsideTheClasses() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> ClassificationReport.of(new int[] {0, 1}, new int[] {0, 3}, ANIMALS));
        assertEquals("predicted label 3 of example 1 is not one of the 3 classes (0 to 2)", e.getMessage());
    }

    @Test
    void refusesMismatchedOrEmptyInput() {
        IllegalArgumentException lengths = assertThrows(
                IllegalArgumentException.class,
                () -> ClassificationReport.of(new int[] {0, 1}, new int[] {0}, ANIMALS));
        assertEquals("there are 2 true labels but 1 predictions", lengths.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ClassificationReport.of(new int[0], new int[0], ANIMALS));
        assertThrows(
                IllegalArgumentException.class, () -> ClassificationReport.of(new int[] {0}, new int[] {0}, List.of()));
        assertThrows(
                IllegalArgumentException.class,
                () -> ClassificationReport.ofConfusion(new int[][] {{1, 0}, {0, 1}}, ANIMALS));
        assertThrows(
                IllegalArgumentException.class,
                () -> ClassificationReport.ofConfusion(new int[][] {{1, -1}, {0, 1}}, List.of("a", "b")));
    }

    private static void assertScores(
            ClassificationReport.Scores actual, double precision, double recall, double f1, int support) {
        assertEquals(precision, actual.precision(), TOLERANCE, "precision");
        assertEquals(recall, actual.recall(), TOLERANCE, "recall");
        assertEquals(f1, actual.f1(), TOLERANCE, "f1");
        assertEquals(support, actual.support(), "support");
    }
}
