package dev.neurona.runtime.summary;

import dev.neurona.runtime.Model;
import dev.neurona.runtime.TestData;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.TrainSpec;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelSummaryTest {

    @Test
    void mnistMlpHasKerasParameterCounts() {
        Model mlp = Model.builder().input(28, 28).dense(128, ActivationSpec.RELU).dropout(0.2)
                .dense(64, ActivationSpec.RELU).dense(10, ActivationSpec.SOFTMAX).build(1);
        assertEquals("""
                model mlp
                 layer         output        activation   parameters
                 input         784 (28x28)
                 dense1        128           relu         784×128 + 128 = 100,480
                 dropout 0.2   128                        0
                 dense2        64            relu         128×64 + 64 = 8,256
                 dense3        10            softmax      64×10 + 10 = 650
                total parameters: 109,386
                not trained yet
                """, ModelSummary.format("mlp", mlp));
        assertEquals(109_386, mlp.parameterCount());
    }

    @Test
    void otherArchitecturesCountWeightsAndBiases() {
        Model perceptron = Model.builder().input(2).dense(1, ActivationSpec.SIGMOID).build(1);
        assertTrue(ModelSummary.format("p", perceptron).contains("total parameters: 3\n"));
        Model deep = Model.builder().input(4).dense(16, ActivationSpec.TANH).activation(ActivationSpec.RELU)
                .dense(16, ActivationSpec.GELU).dense(3, ActivationSpec.SOFTMAX).build(1);
        String text = ModelSummary.format("deep", deep);
        assertTrue(text.contains("total parameters: 403\n"), text);  // 80 + 272 + 51
        assertEquals(403, deep.parameterCount());
    }

    @Test
    void aTrainedModelShowsItsLastFigures() {
        Model model = Model.builder().input(2).dense(8, ActivationSpec.TANH).dense(2, ActivationSpec.SOFTMAX).build(1);
        model.fit(TestData.xor(), TrainSpec.builder().epochs(3).batchSize(4).build());
        String text = ModelSummary.format("m", model);
        assertTrue(text.matches("(?s).*trained for 3 epochs; last: loss \\d\\.\\d{4}  acc \\d\\.\\d{4}  \\d+\\.\\ds\n"), text);
    }

    @Test
    void datasetSummaryShowsClassBalanceAndFirstRows() {
        String text = DatasetSummary.format(TestData.xor());
        assertTrue(text.startsWith("data xor: 4 rows × 2 features, classification\n2 classes:\n"), text);
        assertTrue(text.contains(" 0       2      50.0%   ####################"), text);
        assertTrue(text.contains("first rows (after preprocessing):\n x1   x2   class\n 0    0    0\n"), text);
    }
}
