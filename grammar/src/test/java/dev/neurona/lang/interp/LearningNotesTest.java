package dev.neurona.lang.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.runtime.train.EpochMetrics;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LearningNotesTest {

    @Test
    void overfittingIsNamedOnceWhenValidationLossRisesWhileTrainingLossFalls() {
        double[] loss = {1.0, 0.6, 0.4, 0.3, 0.2, 0.15, 0.1, 0.07, 0.05, 0.03};
        double[] valLoss = {1.0, 0.7, 0.5, 0.45, 0.47, 0.50, 0.55, 0.60, 0.66, 0.70};
        List<List<String>> notes = run(new LearningNotes(0.1), loss, valLoss, 0.9);

        // Best validation loss at epoch 4; three epochs later (epoch 7) it stands 22% higher.
        for (int e = 0; e < 6; e++) assertEquals(List.of(), notes.get(e), "epoch " + (e + 1));
        assertEquals(1, notes.get(6).size());
        String note = notes.get(6).get(0);
        assertTrue(note.replace("\n      ", " ").startsWith("note: validation loss has risen for 3 epochs (best 0.4500"
                + " at epoch 4, now 0.5500) while training loss kept falling (from 0.3000 to 0.1000)"), note);
        assertTrue(note.lines().skip(1).allMatch(line -> line.startsWith("      ") && !line.startsWith("       ")), note);
        assertTrue(note.contains("(overfitting)"), note);
        for (String remedy : List.of("'dropout 0.5'", "'l2 0.0005'", "'early_stop(patience=3)'", "a smaller model",
                "more data")) {
            assertTrue(note.replace("\n      ", " ").contains(remedy), remedy + " in " + note);
        }
        note.lines().forEach(line -> assertTrue(line.length() <= 78, line));
        assertEquals(List.of(), notes.get(7));
        assertEquals(List.of(), notes.get(9), "said once");
    }

    @Test
    void noiseAndPlateausAreNotOverfitting() {
        double[] loss = {1.0, 0.8, 0.7, 0.65, 0.6, 0.58, 0.57, 0.56};
        double[] noisy = {1.0, 0.8, 0.7, 0.71, 0.705, 0.712, 0.70, 0.715};
        assertTrue(run(new LearningNotes(0.1), loss, noisy, 0.9).stream().allMatch(List::isEmpty));
        double[] none = new double[loss.length];
        java.util.Arrays.fill(none, Double.NaN);
        assertTrue(run(new LearningNotes(0.1), loss, none, 0.9).stream().allMatch(List::isEmpty), "no validation, no note");
    }

    @Test
    void accuracyNearChanceForThreeEpochsIsNamed() {
        double[] loss = {2.30, 2.30, 2.30, 2.30};
        double[] none = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        List<List<String>> notes = run(new LearningNotes(0.112), loss, none, 0.11);

        assertEquals(List.of(), notes.get(1));
        String note = notes.get(2).get(0);
        assertTrue(note.startsWith("note: training accuracy has stayed near chance for 3 epochs (now 0.1100;"), note);
        assertTrue(note.replace("\n      ", " ").contains("always answering the most common class scores 0.1120"), note);
        assertTrue(note.replace("\n      ", " ").contains("10 times smaller or larger than 0.5"), note);
        assertEquals(List.of(), notes.get(3), "said once");
        assertTrue(run(new LearningNotes(0.112), loss, none, 0.35).stream().allMatch(List::isEmpty), "learning");
        assertTrue(run(new LearningNotes(Double.NaN), loss, none, Double.NaN).stream().allMatch(List::isEmpty),
                "regression has no chance level");
    }

    /** The notes after each epoch of a run with these figures and a learning rate of 0.5. */
    private static List<List<String>> run(LearningNotes notes, double[] loss, double[] valLoss, double accuracy) {
        List<List<String>> said = new ArrayList<>();
        for (int e = 0; e < loss.length; e++) {
            double valAcc = Double.isNaN(valLoss[e]) ? Double.NaN : accuracy;
            said.add(notes.after(new EpochMetrics(e + 1, loss.length, loss[e], accuracy, valLoss[e], valAcc, 0.5, 0.1)));
        }
        return said;
    }
}
