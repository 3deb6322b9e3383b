package dev.neurona.lang.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.runtime.spec.Metric;
import dev.neurona.runtime.train.EpochMetrics;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A combination's figures over its runs, and the order of the table. */
class SweepRowTest {

    @Test
    void theSpreadIsTheMeanAndTheSampleStandardDeviation() {
        Spread spread = Spread.of(new double[] {1, 2, 3, 4});
        assertEquals(2.5, spread.mean());
        assertEquals(Math.sqrt(5.0 / 3), spread.sd(), 1e-15);
        assertEquals(new Spread(7, 0), Spread.of(new double[] {7}));
    }

    @Test
    void aRowReportsItsRunsFiguresEpochsAndTime() {
        SweepRow row = row(0, run(0.30, 0.90, 3, 1.5), run(0.10, 0.95, 5, 2.0), run(0.20, 0.95, 4, 0.5));
        assertEquals(0.2, row.figure(Metric.VAL_LOSS).mean(), 1e-15);
        assertEquals(0.1, row.figure(Metric.VAL_LOSS).sd(), 1e-15);
        assertEquals(3, row.fewestEpochs());
        assertEquals(5, row.mostEpochs());
        assertEquals(4.0, row.seconds());
        assertEquals(1, row.bestRun(Metric.VAL_LOSS));
        assertEquals(1, row.bestRun(Metric.VAL_ACCURACY), "equal accuracies: the lower loss wins");
    }

    @Test
    void theTableIsBestFirstWithTiesBrokenByTheOtherFigureThenByOrderAndDivergedLast() {
        List<SweepRow> rows = new ArrayList<>(List.of(
                row(0, SweepRun.diverged("diverged", 1, 0.1)),
                row(1, run(0.40, 0.90, 3, 1)),
                row(2, run(0.20, 0.90, 3, 1)),
                row(3, run(0.50, 0.95, 3, 1)),
                row(4, run(0.20, 0.90, 3, 1))));
        rows.sort(SweepRow.ranking(Metric.VAL_ACCURACY));
        assertEquals(
                List.of(3, 2, 4, 1, 0), rows.stream().map(SweepRow::combination).toList());
        rows.sort(SweepRow.ranking(Metric.VAL_LOSS));
        assertEquals(
                List.of(2, 4, 1, 3, 0), rows.stream().map(SweepRow::combination).toList());
        assertTrue(rows.get(4).isDiverged());
        assertTrue(Double.isNaN(rows.get(4).figure(Metric.VAL_LOSS).mean()));
    }

    private static SweepRow row(int combination, SweepRun... runs) {
        return new SweepRow(combination, List.of(Integer.toString(combination)), List.of(runs));
    }

    private static SweepRun run(double valLoss, double valAccuracy, int epochs, double seconds) {
        return new SweepRun(
                new EpochMetrics(epochs, epochs, 0.1, 0.99, valLoss, valAccuracy, 0.001, seconds / epochs),
                epochs,
                seconds,
                null,
                null);
    }
}
