package dev.neurona.runtime.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.runtime.Model;
import dev.neurona.runtime.TestData;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.linalg.ComputePool;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.InitSpec;
import dev.neurona.runtime.spec.TrainSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileTest {
    @TempDir
    Path dir;

    private Model model;
    private Dataset data;

    @BeforeEach
    void train() {
        data = TestData.blobs(200, 6, 3, 2);
        model = Model.builder()
                .input(6)
                .dense(12, ActivationSpec.leakyRelu(0.05), InitSpec.normal(0.1))
                .dropout(0.1)
                .dense(3, ActivationSpec.SOFTMAX)
                .build(4);
        model.fit(data, TrainSpec.builder().epochs(2).validationFraction(0.2).build());
    }

    @Test
    void saveThenLoadPredictsIdentically() {
        Path file = dir.resolve("m.nnm");
        model.save(file);
        Model loaded = Model.load(file);

        assertEquals(model.spec(), loaded.spec());
        assertEquals(model.schema(), loaded.schema());
        assertEquals(model.preprocessing(), loaded.preprocessing());
        assertEquals(model.history(), loaded.history());
        assertArrayEquals(model.predictPrepared(data), loaded.predictPrepared(data));
    }

    @Test
    void loadOntoAGivenPoolPredictsIdentically() {
        Path file = dir.resolve("m.nnm");
        model.save(file);
        try (ComputePool pool = new ComputePool(1)) {
            Model loaded = Model.load(file, pool);
            assertArrayEquals(model.predictPrepared(data), loaded.predictPrepared(data));
        }
    }

    @Test
    void bytesCarryTheModelLikeAFile() throws IOException {
        Path file = dir.resolve("m.nnm");
        model.save(file);
        byte[] bytes = ModelFile.toBytes(new ModelSnapshot(
                model.spec(),
                model.schema(),
                model.preprocessing(),
                model.history(),
                model.network().copyWeights()));

        assertArrayEquals(Files.readAllBytes(file), bytes);
        ModelSnapshot back = ModelFile.fromBytes(bytes, "the driver's model");
        assertEquals(model.history(), back.history());
        bytes[bytes.length / 2] ^= 0x10;
        ModelFileException e =
                assertThrows(ModelFileException.class, () -> ModelFile.fromBytes(bytes, "the driver's model"));
        assertTrue(e.getMessage().startsWith("'the driver's model' is damaged"), e.getMessage());
    }

    @Test
    void aFlippedByteIsRefused() throws IOException {
        Path file = dir.resolve("m.nnm");
        model.save(file);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(file, bytes);

        ModelFileException e = assertThrows(ModelFileException.class, () -> Model.load(file));
        assertEquals("'" + file + "' is damaged: its checksum does not match its contents", e.getMessage());
    }

    @Test
    void aTruncatedFileIsRefused() throws IOException {
        Path file = dir.resolve("m.nnm");
        model.save(file);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 100));

        ModelFileException e = assertThrows(ModelFileException.class, () -> Model.load(file));
        assertEquals(
                "'" + file + "' is truncated: expected " + bytes.length + " bytes, found " + (bytes.length - 100),
                e.getMessage());
    }

    @Test
    void otherFilesAndNewerVersionsAreNamed() throws IOException {
        Path text = dir.resolve("notes.nnm");
        Files.writeString(text, "hello, this is not a model");
        assertEquals(
                "'" + text + "' is not a Neurona model file",
                assertThrows(ModelFileException.class, () -> Model.load(text)).getMessage());

        Path file = dir.resolve("m.nnm");
        model.save(file);
        byte[] bytes = Files.readAllBytes(file);
        bytes[7] = 9;
        Files.write(file, bytes);
        assertEquals(
                "'" + file
                        + "' has model format 9; this version of Neurona reads formats 1 to 2 (the file was saved by a newer Neurona)",
                assertThrows(ModelFileException.class, () -> Model.load(file)).getMessage());

        Path missing = dir.resolve("nothing.nnm");
        assertEquals(
                "model file '" + missing + "' does not exist",
                assertThrows(ModelFileException.class, () -> Model.load(missing))
                        .getMessage());
    }

    @Test
    void anInterruptedSaveLeavesThePreviousFileIntact() throws IOException {
        Path file = dir.resolve("m.nnm");
        model.save(file);
        byte[] before = Files.readAllBytes(file);
        model.fit(data, TrainSpec.builder().epochs(1).build());

        // File channels are interruptible: a save on an interrupted thread fails mid-write.
        Thread.currentThread().interrupt();
        ModelFileException e;
        try {
            e = assertThrows(ModelFileException.class, () -> model.save(file));
        } finally {
            Thread.interrupted();
        }

        assertTrue(e.getMessage().startsWith("could not save the model to '" + file + "'"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }
}
