package dev.neurona.runtime.io;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.runtime.nn.conv.ConvSpec;
import dev.neurona.runtime.nn.conv.Padding;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.InitSpec;
import dev.neurona.runtime.spec.ModelSpec;
import dev.neurona.runtime.train.History;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Files whose checksum is right but whose sizes lie: they are refused with a message before
 * anything of the claimed size is allocated (each would otherwise ask for gigabytes).
 */
class HostileModelFileTest {

    @Test
    void aSpecAskingForFarMoreWeightsThanTheFileHoldsIsRefusedBeforeTheNetworkIsBuilt() {
        // 2^26 filters of 3x3 on 3 channels: 1.8 billion weights, 7 GB, and the file holds none.
        ModelSpec huge = new ModelSpec(
                List.of(3, 3, 3),
                List.of(new ConvSpec(1 << 26, 3, 1, Padding.VALID, ActivationSpec.RELU, InitSpec.AUTO)));
        byte[] bytes = ModelFile.toBytes(new ModelSnapshot(huge, null, null, new History(List.of()), new float[0][]));

        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.fromBytes(bytes, "huge.nnm"));
        assertTrue(
                e.getMessage().contains("holds 0 weights and statistics, but its layers need 1879048192"),
                e.getMessage());
    }

    @Test
    void aCountLargerThanTheBytesLeftIsRefused() {
        ModelSpec small = ModelSpec.of(2, new dev.neurona.runtime.nn.dense.DenseSpec(1, ActivationSpec.SIGMOID));
        byte[] bytes = ModelFile.toBytes(
                new ModelSnapshot(small, null, null, new History(List.of()), new float[][] {{0.5f, -0.5f}, {0.1f}}));
        // The body starts with the input shape's count (after magic, version and length): claim 2^30 numbers.
        int shapeCount = bytes.length
                - Integer.BYTES
                - (int) ByteBuffer.wrap(bytes, 8, 8).getLong();
        ByteBuffer.wrap(bytes).putInt(shapeCount, 1 << 30);
        byte[] body = java.util.Arrays.copyOfRange(bytes, shapeCount, bytes.length - Integer.BYTES);
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(body);
        ByteBuffer.wrap(bytes).putInt(bytes.length - Integer.BYTES, (int) crc.getValue());

        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.fromBytes(bytes, "lying.nnm"));
        assertTrue(e.getMessage().contains("it claims 1073741824 numbers, but only"), e.getMessage());
    }

    @Test
    void weightsThatAreNotNumbersAreRefused() {
        ModelSpec small = ModelSpec.of(2, new dev.neurona.runtime.nn.dense.DenseSpec(1, ActivationSpec.SIGMOID));
        for (float bad : new float[] {Float.NaN, Float.POSITIVE_INFINITY}) {
            byte[] bytes = ModelFile.toBytes(
                    new ModelSnapshot(small, null, null, new History(List.of()), new float[][] {{0.5f, bad}, {0.1f}}));

            ModelFileException e =
                    assertThrows(ModelFileException.class, () -> ModelFile.fromBytes(bytes, "diverged.nnm"));
            assertTrue(e.getMessage().startsWith("'diverged.nnm' is damaged: "), e.getMessage());
            assertTrue(
                    e.getMessage().contains("weight 2 of array 1 is " + bad + ", not a number a model can use"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("train the model again"), e.getMessage());
        }
    }
}
