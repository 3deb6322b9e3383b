package dev.neurona.runtime.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neurona.runtime.Model;
import dev.neurona.runtime.nn.activation.ActivationLayerSpec;
import dev.neurona.runtime.nn.dense.DenseSpec;
import dev.neurona.runtime.nn.dropout.DropoutSpec;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.InitSpec;
import dev.neurona.runtime.spec.ModelSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model file saved by Neurona 0.1 (format 1), committed as it was written: an input of 2x3,
 * dense 5 leaky_relu(0.1) init=normal(0.5), dropout 0.25, dense 3, activation softmax, seed 11.
 * The expected outputs are the bits 0.1 predicted for two rows.
 */
class Version1FileTest {
    private static final float[] ROWS = {0.5f, -1f, 2f, 0.25f, 0f, -0.75f, 1f, 1f, 1f, -2f, 0.5f, 0.1f};
    private static final int[] PREDICTED_BY_0_1 = {
        1052726145, 1025488289, 1058429669, 1049264511, 1053474173, 1051377923
    };

    @TempDir
    Path dir;

    @Test
    void aFileSavedBy01LoadsAndPredictsBitForBit() throws IOException {
        Path file = dir.resolve("mlp-0.1.nnm");
        try (InputStream in = getClass().getResourceAsStream("mlp-0.1.nnm")) {
            Files.copy(in, file);
        }
        Model model = Model.load(file);

        assertEquals(
                new ModelSpec(
                        List.of(2, 3),
                        List.of(
                                new DenseSpec(5, ActivationSpec.leakyRelu(0.1), InitSpec.normal(0.5)),
                                new DropoutSpec(0.25),
                                new DenseSpec(3, ActivationSpec.LINEAR),
                                new ActivationLayerSpec(ActivationSpec.SOFTMAX))),
                model.spec());
        float[] predicted = model.network().predict(ROWS, 2);
        int[] bits = new int[predicted.length];
        for (int i = 0; i < bits.length; i++) bits[i] = Float.floatToIntBits(predicted[i]);
        assertArrayEquals(PREDICTED_BY_0_1, bits);
    }

    @Test
    void resavingWritesTheCurrentFormatAndKeepsThePredictions() throws IOException {
        Path old = dir.resolve("old.nnm");
        try (InputStream in = getClass().getResourceAsStream("mlp-0.1.nnm")) {
            Files.copy(in, old);
        }
        Model model = Model.load(old);
        Path now = dir.resolve("now.nnm");
        model.save(now);

        assertEquals(
                ModelFile.VERSION,
                java.nio.ByteBuffer.wrap(Files.readAllBytes(now), 4, 4).getInt());
        assertArrayEquals(
                model.network().predict(ROWS, 2), Model.load(now).network().predict(ROWS, 2));
    }
}
