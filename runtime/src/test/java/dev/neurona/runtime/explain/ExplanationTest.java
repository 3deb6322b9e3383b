package dev.neurona.runtime.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.runtime.Model;
import dev.neurona.runtime.i18n.Language;
import dev.neurona.runtime.nn.dense.DenseSpec;
import dev.neurona.runtime.nn.dropout.DropoutSpec;
import dev.neurona.runtime.spec.ActivationKind;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.ModelSpec;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ExplanationTest {

    private static final ModelSpec MLP = new ModelSpec(
            List.of(28, 28),
            List.of(
                    new DenseSpec(512, ActivationSpec.RELU),
                    new DropoutSpec(0.5),
                    new DenseSpec(10, ActivationSpec.SOFTMAX)));

    @Test
    void anUntrainedModelIsDescribedLayerByLayerWithWhereItsParametersAre() {
        Explanation e = Model.create(MLP, 7).explain("big", Locale.ENGLISH);
        assertEquals(
                List.of("dense1", "dropout", "dense2"),
                e.layers().stream().map(Explanation.Part::title).toList());
        assertEquals(
                List.of(401_920L, 0L, 5_130L),
                e.layers().stream().map(Explanation.Part::parameters).toList());
        assertEquals(407_050L, e.totalParameters());
        assertEquals(List.of(ActivationKind.RELU, ActivationKind.SOFTMAX), e.activations());
        assertInstanceOf(Verdict.NotTrained.class, e.verdict());
        assertEquals(List.of(Step.TRAIN_IT), e.steps());
        assertEquals(List.of(new Advice(Advice.Kind.IMAGE_FIRST_TOO_WIDE, 512, 784)), e.advice());
        String text = e.format();
        assertTrue(
                text.startsWith("model big: 784 inputs → 10 outputs, 407,050 parameters (weights and biases)\n"), text);
        assertTrue(text.contains("dense1 (dense 512 relu): 1x28x28 → 512, 401,920 parameters (98.7%)"), text);
        assertTrue(text.contains("switches off 50.0% of the values"), text);
        assertTrue(text.contains("one probability for each of the 10 classes"), text);
        assertTrue(text.contains("Training: not trained yet."), text);
        text.lines().forEach(line -> assertTrue(line.length() <= 78, line));
    }

    @Test
    void spanishUsesTheCoursesWords() {
        String text = Model.create(MLP, 7).explain("big", Language.SPANISH).format();
        assertTrue(
                text.startsWith("modelo big: 784 entradas → 10 salidas, 407,050 parámetros (pesos y sesgos)\n"), text);
        for (String word : List.of(
                "Qué hace cada capa",
                "neuronas",
                "Funciones de activación",
                "capas ocultas",
                "Entrenamiento: todavía sin entrenar.",
                "Próximos pasos")) {
            assertTrue(text.contains(word), word + " in\n" + text);
        }
        for (String english : List.of("What each layer", "neurons", "Training:", "Next steps", " the ")) {
            assertTrue(!text.contains(english), english + " in\n" + text);
        }
        text.lines().forEach(line -> assertTrue(line.length() <= 78, line));
    }

    @Test
    void oneNeuronAndOneOutputAreSingularInBothLanguages() {
        ModelSpec perceptron = ModelSpec.of(2, new DenseSpec(1, ActivationSpec.SIGMOID));
        String spanish =
                Model.create(perceptron, 7).explain("p", Language.SPANISH).format();
        assertTrue(spanish.startsWith("modelo p: 2 entradas → 1 salida, 3 parámetros"), spanish);
        assertTrue(spanish.contains("1 neurona; cada una"), spanish);
        assertTrue(!spanish.contains("1 neuronas") && !spanish.contains("1 salidas"), spanish);
        String english =
                Model.create(perceptron, 7).explain("p", Locale.ENGLISH).format();
        assertTrue(english.startsWith("model p: 2 inputs → 1 output, 3 parameters"), english);
        assertTrue(english.contains("1 neuron; each one"), english);
        String wide = Model.create(MLP, 7).explain("big", Language.SPANISH).format();
        assertTrue(wide.contains("512 neuronas") && wide.contains("10 salidas"), wide);
    }

    @Test
    void stepsAgainstOverfittingSkipWhatTheModelHas() {
        Verdict overfitting = new Verdict.Overfitting(4, 0.45, 10, 0.7, 0.3, 0.03, 0.99, 0.9);
        assertEquals(
                List.of(Step.HIGHER_DROPOUT, Step.ADD_L2, Step.EARLY_STOP, Step.SMALLER_MODEL, Step.MORE_DATA),
                Explanation.steps(overfitting, MLP));
        assertEquals(
                Step.ADD_DROPOUT,
                Explanation.steps(
                                overfitting,
                                ModelSpec.of(
                                        4,
                                        new DenseSpec(12, ActivationSpec.RELU),
                                        new DenseSpec(3, ActivationSpec.SOFTMAX)))
                        .get(0));
    }
}
