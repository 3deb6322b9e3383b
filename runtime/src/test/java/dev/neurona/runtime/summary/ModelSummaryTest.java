package dev.neurona.runtime.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.runtime.FitOptions;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.TestData;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.data.Preprocessing;
import dev.neurona.runtime.data.Schema;
import dev.neurona.runtime.data.Task;
import dev.neurona.runtime.nn.conv.Padding;
import dev.neurona.runtime.spec.ActivationSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelSummaryTest {

    @Test
    void mnistMlpHasKerasParameterCounts() {
        Model mlp = Model.builder()
                .input(28, 28)
                .dense(128, ActivationSpec.RELU)
                .dropout(0.2)
                .dense(64, ActivationSpec.RELU)
                .dense(10, ActivationSpec.SOFTMAX)
                .build(1);
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

    /**
     * The totals are PyTorch's, {@code sum(p.numel() for p in model.parameters())} (Conv2d:
     * F·C·K·K + F; Linear: in·out + out; BatchNorm2d: γ and β, its running statistics being
     * buffers): PyTorch 2.13 gives 206,922 and 1,962 for the same two networks
     * ({@code nn.Conv2d(1, 16, 3, padding=1)}, ...; the second with {@code BatchNorm2d(8)},
     * {@code AvgPool2d(2)}, {@code Conv2d(8, 16, 3, stride=2, padding=1)} and
     * {@code AdaptiveAvgPool2d(1)}), and the same shape after every layer.
     */
    @Test
    void convolutionalNetworksShowEachShapeAndPyTorchsParameterCount() {
        Model cnn = Model.builder()
                .input(1, 28, 28)
                .conv(16, 3, ActivationSpec.RELU, 1, Padding.SAME)
                .maxpool(2)
                .conv(32, 3, ActivationSpec.RELU, 1, Padding.SAME)
                .maxpool(2)
                .dense(128, ActivationSpec.RELU)
                .dense(10, ActivationSpec.SOFTMAX)
                .build(1);
        assertEquals("""
                model cnn
                 layer         output          activation   parameters
                 input         784 (1x28x28)
                 conv1         16x28x28        relu         16×1×3×3 + 16 = 160
                 maxpool 2x2   16x14x14                     0
                 conv2         32x14x14        relu         32×16×3×3 + 32 = 4,640
                 maxpool 2x2   32x7x7                       0
                 dense1        128             relu         1568×128 + 128 = 200,832
                 dense2        10              softmax      128×10 + 10 = 1,290
                total parameters: 206,922
                not trained yet
                """, ModelSummary.format("cnn", cnn));
        assertEquals(206_922, cnn.parameterCount());

        Model withNorm = Model.builder()
                .input(3, 32, 32)
                .conv(8, 5, ActivationSpec.LINEAR)
                .batchnorm()
                .activation(ActivationSpec.RELU)
                .avgpool(2)
                .conv(16, 3, ActivationSpec.RELU, 2, Padding.SAME)
                .globalAvgpool()
                .flatten()
                .dense(10, ActivationSpec.SOFTMAX)
                .build(1);
        ModelSummary summary = ModelSummary.of("small", withNorm);
        assertEquals(
                List.of("3072 (3x32x32)", "8x28x28", "8x28x28", "8x28x28", "8x14x14", "16x7x7", "16", "16", "10"),
                summary.layers().stream().map(ModelSummary.Row::output).toList());
        assertEquals(List.of(0L, 608L, 16L, 0L, 0L, 1_168L, 0L, 0L, 170L), parameters(withNorm));
        assertEquals(1_962, summary.totalParameters());
        assertEquals(1_962, withNorm.parameterCount());
        assertEquals("batchnorm1", summary.layers().get(2).layer());
    }

    @Test
    void eachLayerCountsItsWeightsAndBiasesAndTheTotalMatchesTheNetwork() {
        Model perceptron =
                Model.builder().input(2).dense(1, ActivationSpec.SIGMOID).build(1);
        assertEquals(List.of(0L, 3L), parameters(perceptron));
        assertEquals(3, ModelSummary.of("p", perceptron).totalParameters());

        Model deep = Model.builder()
                .input(4)
                .dense(16, ActivationSpec.TANH)
                .activation(ActivationSpec.RELU)
                .dense(16, ActivationSpec.GELU)
                .dense(3, ActivationSpec.SOFTMAX)
                .build(1);
        assertEquals(List.of(0L, 80L, 0L, 272L, 51L), parameters(deep));
        assertTrue(ModelSummary.format("deep", deep).contains("total parameters: 403\n"));

        Model big = Model.builder()
                .input(28, 28)
                .dense(512, ActivationSpec.RELU)
                .dropout(0.5)
                .dense(512, ActivationSpec.RELU)
                .dropout(0.5)
                .dense(10, ActivationSpec.SOFTMAX)
                .build(1);
        assertEquals(List.of(0L, 401_920L, 0L, 262_656L, 0L, 5_130L), parameters(big));
        assertEquals(669_706, ModelSummary.of("big", big).totalParameters());

        Model regression = Model.builder()
                .input(13)
                .dense(64, ActivationSpec.elu())
                .dense(1, ActivationSpec.LINEAR)
                .build(1);
        ModelSummary summary = ModelSummary.of("houses", regression);
        assertEquals(13 * 64 + 64 + 64 + 1, summary.totalParameters());
        assertEquals("elu(1)", summary.layers().get(1).activation());
        assertEquals("64×1 + 1 = 65", summary.layers().get(2).count());

        for (Model model : List.of(perceptron, deep, big, regression)) {
            assertEquals(model.parameterCount(), ModelSummary.of("m", model).totalParameters());
        }
    }

    @Test
    void aTrainedModelShowsItsEpochsAndLastFigures() {
        Model model = Model.builder()
                .input(2)
                .dense(8, ActivationSpec.TANH)
                .dense(2, ActivationSpec.SOFTMAX)
                .build(1);
        model.fit(
                TestData.xor(),
                FitOptions.builder()
                        .epochs(3)
                        .batchSize(4)
                        .validation(TestData.xor())
                        .build());
        String text = ModelSummary.format("m", model);
        assertTrue(
                text.matches("(?s).*\ntrained for 3 epochs; last: loss \\d\\.\\d{4}  acc \\d\\.\\d{4}"
                        + "  val_loss \\d\\.\\d{4}  val_acc \\d\\.\\d{4}\n"),
                text);
        assertEquals(3, ModelSummary.of("m", model).history().size());
    }

    @Test
    void datasetSummaryShowsClassBalanceAndFirstRows() {
        String text = DatasetSummary.format(TestData.xor());
        assertTrue(text.startsWith("data xor: 4 rows × 2 features, classification\n2 classes:\n"), text);
        assertTrue(text.contains(" 0       2      50.0%   ####################"), text);
        assertTrue(text.contains("balance: balanced (the largest class has 1.00× the rows of the smallest)\n"), text);
        assertTrue(text.contains("first rows (after preprocessing):\n x1   x2   class\n 0    0    0\n"), text);
    }

    @Test
    void anImbalanceIsNamed() {
        float[][] x = new float[10][1];
        int[] labels = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1};
        String text = DatasetSummary.format(TestData.classification("skewed", x, labels, 2));
        assertTrue(text.contains("balance: imbalanced: class '0' has 4.0× the rows of class '1'; "), text);
        assertEquals(
                "balance: class '2' has no rows, so the model cannot learn it",
                DatasetSummary.balance(new int[] {3, 4, 0}, List.of("0", "1", "2")));
    }

    @Test
    void imagesShowTheirFirstLabelsAndTheFirstImageInText() {
        // A 4×3 image whose middle column is bright: a vertical bar.
        float[] pixels = new float[2 * 12];
        for (int y = 0; y < 4; y++) pixels[y * 3 + 1] = 1f;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 12; i++) names.add("p" + i);
        Schema schema =
                new Schema(names, List.of(4, 3), Task.CLASSIFICATION, List.of("bar", "blank"), List.of("label"));
        Dataset images = new Dataset("bars", schema, Preprocessing.identity(names), pixels, 2, new int[] {0, 1}, null);

        String text = DatasetSummary.format(images);

        assertTrue(text.startsWith("data bars: 2 rows × 12 features (4x3), classification\n"), text);
        assertTrue(text.endsWith("first rows: classes bar, blank\nrow 1 (bar), drawn in text:\n  @\n  @\n"), text);
    }

    private static List<Long> parameters(Model model) {
        return ModelSummary.of("m", model).layers().stream()
                .map(ModelSummary.Row::parameters)
                .toList();
    }
}
