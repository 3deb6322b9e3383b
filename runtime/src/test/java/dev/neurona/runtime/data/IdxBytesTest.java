package dev.neurona.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.runtime.FitOptions;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.linalg.ComputePool;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.ModelSpec;
import dev.neurona.runtime.spec.OptimizerSpec;
import dev.neurona.runtime.spec.TrainSpec;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * IDX pixels are held as bytes and read through the preparation's step row by row: everything a
 * prepared data set gives (features, parts, statistics, a trained model's weights and outputs)
 * must be bit-identical to what the same pixels held as floats give.
 */
class IdxBytesTest {
    private static final int IMAGES = 1100; // more than two of the network's prediction chunks
    private static final int SIDE = 5;

    @TempDir
    Path dir;

    @Test
    void imagesAreHeldAsOneBytePerPixelThroughEveryPreparationThatKeepsThemRaw() {
        Dataset bytes = loadRandomImages();

        assertTrue(bytes.heldAsBytes());
        assertTrue(prepare(bytes, DataOptions.builder().scale(1 / 255.0).build())
                .all()
                .heldAsBytes());
        PreparedData split = prepare(
                bytes,
                DataOptions.builder()
                        .normalize(Normalization.STANDARD)
                        .shuffle(true)
                        .limit(900)
                        .split(new SplitPart("train", 0.8), new SplitPart("valid", 0.2))
                        .build());
        for (Dataset part : split.parts().values()) assertTrue(part.heldAsBytes());
    }

    @Test
    void preparedFeaturesAreBitIdenticalToThoseOfTheSamePixelsAsFloats() {
        Dataset bytes = loadRandomImages();
        Dataset floats = asFloats(bytes);
        DataOptions[] cases = {
            DataOptions.defaults(),
            DataOptions.builder().scale(1 / 255.0).build(),
            DataOptions.builder().normalize(Normalization.STANDARD).build(),
            DataOptions.builder().normalize(Normalization.MINMAX).scale(2).build(),
            DataOptions.builder()
                    .shuffle(true)
                    .limit(700)
                    .normalize(Normalization.STANDARD)
                    .scale(1 / 255.0)
                    .split(new SplitPart("train", 0.7), new SplitPart("valid", 0.2), new SplitPart("test", 0.1))
                    .build(),
        };
        for (DataOptions options : cases) {
            PreparedData fromBytes = prepare(bytes, options);
            PreparedData fromFloats = prepare(floats, options);
            assertSameFeatures(fromFloats.all(), fromBytes.all());
            assertEquals(fromFloats.parts().keySet(), fromBytes.parts().keySet());
            for (Map.Entry<String, Dataset> part : fromFloats.parts().entrySet()) {
                assertSameFeatures(part.getValue(), fromBytes.parts().get(part.getKey()));
            }
            // A data set derived from a prepared one gets a second step: the bytes are then widened to floats.
            DataOptions again =
                    DataOptions.builder().normalize(Normalization.STANDARD).build();
            assertSameFeatures(
                    DataPipeline.derive(fromFloats.all(), again, "d", 3).all(),
                    DataPipeline.derive(fromBytes.all(), again, "d", 3).all());
        }
    }

    @Test
    void trainingAndPredictingOnBytesIsBitIdenticalToFloats() {
        DataOptions pixels = DataOptions.builder().scale(1 / 255.0).build();
        Dataset bytes = loadRandomImages();
        Dataset fromBytes = prepare(bytes, pixels).all();
        Dataset fromFloats = prepare(asFloats(bytes), pixels).all();
        assertTrue(fromBytes.heldAsBytes());
        assertFalse(fromFloats.heldAsBytes());

        for (int threads : new int[] {1, 2}) {
            Trained a = train(fromFloats, threads);
            Trained b = train(fromBytes, threads);
            assertEquals(a.weights().length, b.weights().length);
            for (int i = 0; i < a.weights().length; i++) assertArrayEquals(a.weights()[i], b.weights()[i]);
            assertArrayEquals(a.outputs(), b.outputs());
            assertEquals(a.accuracy(), b.accuracy());
        }
    }

    private record Trained(float[][] weights, float[] outputs, double accuracy) {}

    private static Trained train(Dataset data, int threads) {
        ModelSpec spec = Model.builder()
                .input(SIDE, SIDE)
                .dense(16, ActivationSpec.RELU)
                .dense(3, ActivationSpec.SOFTMAX)
                .spec();
        try (ComputePool pool = new ComputePool(threads)) {
            Model model = Model.create(spec, 5, pool);
            TrainSpec train = TrainSpec.builder()
                    .optimizer(OptimizerSpec.adam(0.01))
                    .epochs(2)
                    .batchSize(64)
                    .validationFraction(0.2)
                    .build();
            model.fit(data, FitOptions.builder().spec(train).seed(9).build());
            return new Trained(
                    model.network().copyWeights(),
                    model.predictPrepared(data),
                    model.evaluate(data).accuracy());
        }
    }

    private static PreparedData prepare(Dataset source, DataOptions options) {
        return DataPipeline.prepare(source, options, "p", 11);
    }

    private static void assertSameFeatures(Dataset expected, Dataset actual) {
        assertEquals(expected.rows(), actual.rows());
        assertArrayEquals(expected.features(), actual.features()); // float equality is bit equality here
        assertArrayEquals(expected.labels(), actual.labels());
        assertEquals(expected.preprocessing(), actual.preprocessing());
        float[] row = new float[actual.width()];
        for (int r = 0; r < actual.rows(); r++) {
            actual.copyRow(r, row, 0);
            assertArrayEquals(expected.row(r), row);
        }
    }

    /** Random pixels over the whole byte range, in three classes. */
    private Dataset loadRandomImages() {
        SplittableRandom random = new SplittableRandom(17);
        byte[] pixels = new byte[IMAGES * SIDE * SIDE];
        for (int i = 0; i < pixels.length; i++) pixels[i] = (byte) random.nextInt(256);
        int[] classes = new int[IMAGES];
        for (int i = 0; i < IMAGES; i++) classes[i] = (pixels[i * SIDE * SIDE] & 0xff) % 3;
        Path images = IdxFiles.write(dir.resolve("images.idx"), IdxFiles.idx(new int[] {IMAGES, SIDE, SIDE}, pixels));
        Path labels = IdxFiles.write(dir.resolve("labels.idx"), IdxFiles.labels(classes));
        return IdxLoader.load(images, labels);
    }

    /** The same pixels held as floats {@code 0..255}, as the loader held them before it kept bytes. */
    private Dataset asFloats(Dataset bytes) {
        byte[] raw = IdxReader.read(dir.resolve("images.idx")).values();
        float[] floats = new float[raw.length];
        for (int i = 0; i < raw.length; i++) floats[i] = raw[i] & 0xff;
        return new Dataset(
                bytes.name(), bytes.schema(), bytes.preprocessing(), floats, bytes.rows(), bytes.labels(), null);
    }
}
