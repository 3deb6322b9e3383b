package dev.neurona.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.onnx.proto.OnnxProto.ModelProto;
import dev.neurona.onnx.proto.OnnxProto.StringStringEntryProto;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.data.CsvLoader;
import dev.neurona.runtime.data.DataOptions;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.data.MissingPolicy;
import dev.neurona.runtime.data.Normalization;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.TrainSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exported graph takes raw rows as {@code predict} does: numbers with missing cells filled,
 * text columns one-hot (an unseen text as all zeros), standard and min-max normalisation and
 * {@code scale}; outputs named by the task, class names in the metadata.
 */
class PreprocessingExportTest {
    @TempDir
    Path temp;

    @Test
    void textColumnsMissingNumbersAndStandardNormalisationAreInTheGraph() throws Exception {
        Path csv = table("mixed.csv", "hours,coffee,sleep,city,result", 120, (r, random) -> {
            String hours = r % 17 == 0 ? "" : String.valueOf(random.nextInt(0, 40) / 4.0);
            String coffee = List.of("none", "some", "lots").get(random.nextInt(3));
            String sleep = String.valueOf(random.nextInt(300, 1000) / 100.0);
            String city = List.of("Lima", "Quito").get(random.nextInt(2));
            String result = random.nextBoolean() ? "pass" : "fail";
            return hours + "," + coffee + "," + sleep + "," + city + "," + result;
        });
        Dataset data = CsvLoader.load(
                csv,
                DataOptions.builder()
                        .target("result")
                        .normalize(Normalization.STANDARD)
                        .missing(MissingPolicy.MEAN)
                        .build());
        Model model = Model.builder()
                .input(data.width())
                .dense(8, ActivationSpec.TANH)
                .dense(2, ActivationSpec.SOFTMAX)
                .build(3);
        model.fit(data, TrainSpec.builder().epochs(2).build());

        List<String[]> rows = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(5);
        for (int r = 0; r < 64; r++) {
            String hours = r % 9 == 0 ? "" : String.valueOf(random.nextInt(0, 40) / 4.0);
            String coffee =
                    r % 11 == 0 ? "espresso" : List.of("none", "some", "lots").get(random.nextInt(3));
            rows.add(new String[] {
                hours, coffee, String.valueOf(random.nextInt(300, 1000) / 100.0), r % 2 == 0 ? "Lima" : "Quito"
            });
        }
        for (int n : new int[] {1, 64}) {
            float[] numbers = new float[n * 2];
            String[] texts = new String[n * 2];
            float[] ours = new float[n * 2];
            for (int r = 0; r < n; r++) {
                String[] cells = rows.get(r);
                numbers[2 * r] = cells[0].isEmpty() ? Float.NaN : Float.parseFloat(cells[0]);
                numbers[2 * r + 1] = Float.parseFloat(cells[2]);
                texts[2 * r] = cells[1];
                texts[2 * r + 1] = cells[3];
                System.arraycopy(model.predict(cells), 0, ours, 2 * r, 2);
            }
            float[] theirs;
            try (OnnxRuntimeRun run = new OnnxRuntimeRun(OnnxExport.toBytes(model))) {
                theirs = run.floats(PreprocessingNodes.NUMBERS, numbers, n)
                        .strings(PreprocessingNodes.TEXTS, texts, n)
                        .run(Outputs.PROBABILITIES);
            }
            double diff = OnnxRuntimeRun.maxAbsDiff(ours, theirs);
            assertTrue(diff <= 1e-5, n + " rows: max abs diff " + diff);
        }

        Map<String, String> metadata = metadata(OnnxExport.toProto(model));
        assertEquals("classification", metadata.get("task"));
        assertEquals("[\"fail\", \"pass\"]", metadata.get("classes"));
        assertEquals("[\"hours\", \"sleep\"]", metadata.get("numbers"));
        assertEquals("[\"coffee\", \"city\"]", metadata.get("texts"));
    }

    @Test
    void minMaxAndScaleOnARegressionTakeRawNumbers() throws Exception {
        Path csv = table("houses.csv", "rooms,area,price", 100, (r, random) -> {
            int rooms = random.nextInt(1, 7);
            double area = random.nextInt(300, 2500) / 10.0;
            return rooms + "," + area + "," + (rooms * 20 + area * 1.5 + random.nextInt(10));
        });
        for (DataOptions options : List.of(
                DataOptions.builder()
                        .target("price")
                        .normalize(Normalization.MINMAX)
                        .build(),
                DataOptions.builder().target("price").scale(0.01).build())) {
            Dataset data = CsvLoader.load(csv, options);
            Model model = Model.builder()
                    .input(data.width())
                    .dense(6, ActivationSpec.GELU)
                    .dense(1)
                    .build(9);
            model.fit(data, TrainSpec.builder().epochs(2).build());
            SplittableRandom random = new SplittableRandom(1);
            for (int n : new int[] {1, 64}) {
                float[] raw = new float[n * 2];
                float[] ours = new float[n];
                for (int r = 0; r < n; r++) {
                    raw[2 * r] = random.nextInt(1, 7);
                    raw[2 * r + 1] = random.nextInt(300, 2500) / 10f;
                    ours[r] = model.predict(raw[2 * r], raw[2 * r + 1])[0];
                }
                float[] theirs;
                try (OnnxRuntimeRun run = new OnnxRuntimeRun(OnnxExport.toBytes(model))) {
                    theirs = run.floats(PreprocessingNodes.FEATURES, raw, n).run(Outputs.VALUES);
                }
                double diff = OnnxRuntimeRun.maxAbsDiff(ours, theirs);
                assertTrue(diff <= 1e-5, options + ", " + n + " rows: max abs diff " + diff);
            }
            Map<String, String> metadata = metadata(OnnxExport.toProto(model));
            assertEquals("regression", metadata.get("task"));
            assertEquals("[\"price\"]", metadata.get("targets"));
            assertEquals("[\"rooms\", \"area\"]", metadata.get("features"));
        }
    }

    @Test
    void aLayerKindWithoutAnOnnxFormIsRefusedByName() {
        Model model = Model.builder()
                .input(3)
                .dense(4, ActivationSpec.RELU)
                .layer(new NegateSpec())
                .dense(2)
                .build(1);
        OnnxExportException refusal = assertThrows(OnnxExportException.class, () -> OnnxExport.toBytes(model));
        assertEquals(
                "layer negate1 (negate) has no ONNX form yet: the export knows dense, conv, maxpool, avgpool, "
                        + "global_avgpool, flatten, dropout, activation and batchnorm",
                refusal.getMessage());
    }

    @Test
    void theFileIsWrittenWhole() throws Exception {
        Model model = Model.builder().input(3).dense(2, ActivationSpec.SOFTMAX).build(1);
        Path file = temp.resolve("out/model.onnx");
        OnnxExport.write(model, file);
        assertEquals(ModelProto.parseFrom(Files.readAllBytes(file)), OnnxExport.toProto(model));
        assertEquals(
                OnnxExport.OPSET, OnnxExport.toProto(model).getOpsetImport(0).getVersion());
    }

    private interface Row {
        String make(int row, SplittableRandom random);
    }

    private Path table(String name, String header, int rows, Row row) throws Exception {
        StringBuilder text = new StringBuilder(header).append('\n');
        SplittableRandom random = new SplittableRandom(name.hashCode());
        for (int r = 0; r < rows; r++) text.append(row.make(r, random)).append('\n');
        Path file = temp.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static Map<String, String> metadata(ModelProto proto) {
        return proto.getMetadataPropsList().stream()
                .collect(Collectors.toMap(StringStringEntryProto::getKey, StringStringEntryProto::getValue));
    }
}
