package dev.neurona.lang.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.runtime.i18n.Language;
import dev.neurona.runtime.i18n.Messages;
import dev.neurona.runtime.nn.dense.DenseSpec;
import dev.neurona.runtime.nn.dropout.DropoutSpec;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.EarlyStopSpec;
import dev.neurona.runtime.spec.ModelSpec;
import dev.neurona.runtime.spec.TrainSpec;
import dev.neurona.runtime.train.EpochMetrics;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LearningNotesTest {

    @Test
    void overfittingIsNamedOnceWhenValidationLossRisesWhileTrainingLossFalls() {
        double[] loss = {1.0, 0.6, 0.4, 0.3, 0.2, 0.15, 0.1, 0.07, 0.05, 0.03};
        double[] valLoss = {1.0, 0.7, 0.5, 0.45, 0.47, 0.50, 0.55, 0.60, 0.66, 0.70};
        List<List<String>> notes = run(notes(0.1), loss, valLoss, 0.9);

        // Best validation loss at epoch 4; five epochs later (epoch 9) it stands 47% higher.
        for (int e = 0; e < 8; e++) assertEquals(List.of(), notes.get(e), "epoch " + (e + 1));
        assertEquals(1, notes.get(8).size());
        String note = notes.get(8).get(0);
        assertTrue(
                note.replace("\n      ", " ")
                        .startsWith("note: validation loss has risen for 5 epochs (best 0.4500"
                                + " at epoch 4, now 0.6600) while training loss kept falling (from 0.3000 to 0.0500)"),
                note);
        assertTrue(
                note.lines().skip(1).allMatch(line -> line.startsWith("      ") && !line.startsWith("       ")), note);
        assertTrue(note.contains("(overfitting)"), note);
        for (String remedy :
                List.of("'dropout 0.5'", "'l2 0.0005'", "'early_stop(patience=3)'", "a smaller model", "more data")) {
            assertTrue(note.replace("\n      ", " ").contains(remedy), remedy + " in " + note);
        }
        note.lines().forEach(line -> assertTrue(line.length() <= 78, line));
        assertEquals(List.of(), notes.get(9), "said once");
    }

    @Test
    void remediesAlreadyInUseAreNotOffered() {
        ModelSpec plain =
                ModelSpec.of(4, new DenseSpec(8, ActivationSpec.RELU), new DenseSpec(3, ActivationSpec.SOFTMAX));
        ModelSpec dropping = ModelSpec.of(
                4,
                new DenseSpec(8, ActivationSpec.RELU),
                new DropoutSpec(0.5),
                new DenseSpec(3, ActivationSpec.SOFTMAX));
        assertEquals(
                List.of(
                        "a 'dropout 0.5' layer after a dense layer",
                        "'l2 0.0005' in the train block",
                        "'early_stop(patience=3)' in the train block",
                        "a smaller model",
                        "more data"),
                LearningNotes.remedies(plain, TrainSpec.builder().build()));
        assertEquals(
                List.of(
                        "a higher dropout rate",
                        "a larger l2",
                        "'early_stop(patience=3)' in the train block",
                        "a smaller model",
                        "more data"),
                LearningNotes.remedies(dropping, TrainSpec.builder().l2(0.001).build()));
    }

    @Test
    void withEarlyStoppingTheStopSpeaksForItself() {
        double[] loss = {1.0, 0.6, 0.4, 0.3, 0.2, 0.15, 0.1, 0.07, 0.05, 0.03};
        double[] valLoss = {1.0, 0.7, 0.5, 0.45, 0.47, 0.50, 0.55, 0.60, 0.66, 0.70};
        ModelSpec model = ModelSpec.of(4, new DenseSpec(3, ActivationSpec.SOFTMAX));
        LearningNotes stopping = LearningNotes.forRun(
                0.1, model, TrainSpec.builder().earlyStop(new EarlyStopSpec(5)).build());
        assertTrue(run(stopping, loss, valLoss, 0.9).stream().allMatch(List::isEmpty));
        LearningNotes plain =
                LearningNotes.forRun(0.1, model, TrainSpec.builder().build());
        assertEquals(
                1, run(plain, loss, valLoss, 0.9).stream().mapToInt(List::size).sum());
    }

    @Test
    void noiseAndPlateausAreNotOverfitting() {
        double[] loss = {1.0, 0.8, 0.7, 0.65, 0.6, 0.58, 0.57, 0.56, 0.55, 0.54};
        // Like the regularised model of the overfitting sample: a new best, then a wobble of a few percent.
        double[] noisy = {1.0, 0.8, 0.7, 0.6, 0.68, 0.62, 0.63, 0.61, 0.615, 0.625};
        assertTrue(run(notes(0.1), loss, noisy, 0.9).stream().allMatch(List::isEmpty));
        double[] none = new double[loss.length];
        java.util.Arrays.fill(none, Double.NaN);
        assertTrue(run(notes(0.1), loss, none, 0.9).stream().allMatch(List::isEmpty), "no validation, no note");
    }

    @Test
    void accuracyNearChanceForThreeEpochsIsNamed() {
        double[] loss = {2.30, 2.30, 2.30, 2.30};
        double[] none = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        List<List<String>> notes = run(notes(0.112), loss, none, 0.11);

        assertEquals(List.of(), notes.get(1));
        String note = notes.get(2).get(0);
        assertTrue(note.startsWith("note: training accuracy has stayed near chance for 3 epochs (now 0.1100;"), note);
        assertTrue(
                note.replace("\n      ", " ").contains("always answering the most common class scores 0.1120"), note);
        assertTrue(
                note.replace("\n      ", " ").contains("10 times larger, 'optimizer adam(lr=5)'"),
                "a flat loss asks for longer steps: " + note);
        assertEquals(List.of(), notes.get(3), "said once");
        assertTrue(run(notes(0.112), loss, none, 0.35).stream().allMatch(List::isEmpty), "learning");
        assertTrue(
                run(notes(Double.NaN), loss, none, Double.NaN).stream().allMatch(List::isEmpty),
                "regression has no chance level");
    }

    @Test
    void atChanceOnATinyDataSetALossThatFallsFastIsLearning() {
        // The four rows of XOR: accuracy moves a whole row (0.25) at a time and may sit at chance
        // (0.5) for epochs while the loss falls fast; that model is learning.
        double[] falling = {0.9451, 0.7100, 0.7034, 0.6300, 0.5500};
        double[] none = new double[falling.length];
        java.util.Arrays.fill(none, Double.NaN);
        assertTrue(run(notes(0.5), falling, none, 0.5).stream().allMatch(List::isEmpty), "learning, at chance");
        // The same accuracy with a loss that has stopped moving is not.
        double[] stuck = {0.6932, 0.6931, 0.6931};
        assertEquals(
                1,
                run(notes(0.5), stuck, new double[] {Double.NaN, Double.NaN, Double.NaN}, 0.5)
                        .get(2)
                        .size());
    }

    @Test
    void theNoteSuggestsTheStepThatFitsTheLoss() {
        ModelSpec model = ModelSpec.of(4, new DenseSpec(3, ActivationSpec.SOFTMAX));
        double[] none = {Double.NaN, Double.NaN, Double.NaN};
        // Rising: the steps are too long, so a smaller rate, in the run's own optimizer.
        TrainSpec sgd = TrainSpec.builder()
                .optimizer(dev.neurona.runtime.spec.OptimizerSpec.sgd(0.5, 0, false))
                .build();
        String rising = run(LearningNotes.forRun(0.34, model, sgd), new double[] {1.10, 1.30, 1.25}, none, 0.33)
                .get(2)
                .get(0)
                .replace("\n      ", " ");
        assertTrue(rising.contains("the loss rose or swung (from 1.1000 to 1.2500)"), rising);
        assertTrue(rising.contains("10 times smaller, 'optimizer sgd(lr=0.05)'"), rising);
        assertTrue(!rising.contains("larger"), rising);
        // Flat after plain sgd: a larger rate, or an optimizer that adapts its steps.
        String flat = run(LearningNotes.forRun(0.34, model, sgd), new double[] {1.0990, 1.0989, 1.0988}, none, 0.33)
                .get(2)
                .get(0)
                .replace("\n      ", " ");
        assertTrue(flat.contains("10 times larger, 'optimizer sgd(lr=5)'"), flat);
        assertTrue(flat.contains("'optimizer adam(lr=0.001)'"), flat);
        assertTrue(!flat.contains("smaller"), flat);
    }

    @Test
    void inSpanishTheNotesUseTheCoursesWordsAndTheSameFigures() {
        double[] loss = {1.0, 0.6, 0.4, 0.3, 0.2, 0.15, 0.1, 0.07, 0.05, 0.03};
        double[] valLoss = {1.0, 0.7, 0.5, 0.45, 0.47, 0.50, 0.55, 0.60, 0.66, 0.70};
        ModelSpec model = ModelSpec.of(4, new DenseSpec(3, ActivationSpec.SOFTMAX));
        LearningNotes spanish =
                LearningNotes.forRun(0.1, model, TrainSpec.builder().build(), Messages.of(Language.SPANISH));
        String note = run(spanish, loss, valLoss, 0.9).get(8).get(0).replace("\n      ", " ");
        assertTrue(
                note.startsWith(
                        "nota: la pérdida de validación lleva 5 épocas subiendo (la mejor fue 0.4500, en la"
                                + " época 4; ahora es 0.6600) mientras la pérdida de entrenamiento seguía bajando (de 0.3000 a 0.0500)"),
                note);
        assertTrue(note.contains("(sobreajuste)") && note.endsWith("un modelo más pequeño; o más datos.\n"), note);

        double[] flat = {2.30, 2.30, 2.30};
        double[] none = {Double.NaN, Double.NaN, Double.NaN};
        LearningNotes stuck =
                LearningNotes.forRun(0.112, model, TrainSpec.builder().build(), Messages.of(Language.SPANISH));
        String chance = run(stuck, flat, none, 0.11).get(2).get(0).replace("\n      ", " ");
        assertTrue(
                chance.startsWith("nota: la exactitud de entrenamiento lleva 3 épocas cerca del azar (ahora 0.1100;"),
                chance);
        assertTrue(
                chance.contains("tasa de aprendizaje 10 veces mayor, 'optimizer adam(lr=5)'")
                        && chance.contains("(subajuste)"),
                chance);
    }

    @Test
    void theEpochLineSpeaksSpanishToo() {
        EpochMetrics m = new EpochMetrics(3, 10, 0.28311, 0.91724, 0.30119, 0.91, 0.001, 1.23);
        assertEquals("epoch 3/10  loss 0.2831  acc 0.9172  val_loss 0.3012  val_acc 0.9100  1.2s", m.format());
        assertEquals(
                "época 3/10  pérdida 0.2831  exactitud 0.9172  pérdida_val 0.3012  exactitud_val 0.9100  1.2s",
                m.format(Messages.of(Language.SPANISH)));
        assertEquals(
                "época 3/10 [###-------] 3/10  pérdida 0.5000  exactitud 0.7500  30/s  faltan 2s",
                ProgressLine.format(
                        3,
                        10,
                        3,
                        10,
                        30,
                        0.5,
                        0.75,
                        1.0,
                        dev.neurona.lang.visual.Glyphs.ASCII,
                        Messages.of(Language.SPANISH)));
    }

    private static LearningNotes notes(double chance) {
        return new LearningNotes(
                chance,
                LearningNotes.remedies(
                        ModelSpec.of(4, new DenseSpec(3, ActivationSpec.SOFTMAX)),
                        TrainSpec.builder().build()));
    }

    @Test
    void wrappingKeepsAQuotedPhraseOnOneLine() {
        String text = "note: " + "word ".repeat(13) + "'l2 0.0005' in the train block";
        assertEquals(
                "note: " + "word ".repeat(12) + "word\n      'l2 0.0005' in the train block\n",
                LearningNotes.wrap(text));
    }

    /** The notes after each epoch of a run with these figures and a learning rate of 0.5. */
    private static List<List<String>> run(LearningNotes notes, double[] loss, double[] valLoss, double accuracy) {
        List<List<String>> said = new ArrayList<>();
        for (int e = 0; e < loss.length; e++) {
            double valAcc = Double.isNaN(valLoss[e]) ? Double.NaN : accuracy;
            said.add(
                    notes.after(new EpochMetrics(e + 1, loss.length, loss[e], accuracy, valLoss[e], valAcc, 0.5, 0.1)));
        }
        return said;
    }
}
