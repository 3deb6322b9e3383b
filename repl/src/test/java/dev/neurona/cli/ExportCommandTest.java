package dev.neurona.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.neurona.onnx.OnnxExport;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.spec.ActivationSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nn export MODEL.nnm FILE.onnx}: the saved model's ONNX bytes, and one-line refusals. */
class ExportCommandTest {
    private final NnHarness nn = new NnHarness();

    @TempDir
    Path dir;

    @Test
    void aSavedModelIsWrittenAsTheExportWouldWriteIt() throws Exception {
        Path saved = saved();
        Path onnx = dir.resolve("m.onnx");

        assertEquals(0, nn.run("export", saved.toString(), onnx.toString()), nn.err());

        assertEquals("exported " + saved + " to " + onnx + " (ONNX, opset 17)\n", nn.out());
        assertArrayEquals(OnnxExport.toBytes(Model.load(saved)), Files.readAllBytes(onnx));
    }

    @Test
    void aMissingModelFileFailsInOneLine() {
        assertEquals(
                1,
                nn.run(
                        "export",
                        dir.resolve("none.nnm").toString(),
                        dir.resolve("m.onnx").toString()));

        assertEquals("nn: model file '" + dir.resolve("none.nnm") + "' does not exist\n", nn.err());
        assertFalse(Files.exists(dir.resolve("m.onnx")));
    }

    @Test
    void theModelIsNeverWrittenOver() throws Exception {
        Path saved = saved();
        byte[] before = Files.readAllBytes(saved);

        assertEquals(2, nn.run("export", saved.toString(), saved.toString()));

        assertEquals(
                "nn: writing to '" + saved + "' would overwrite the model itself; name another file, such as '"
                        + dir.resolve("m.onnx") + "'\n",
                nn.err());
        assertArrayEquals(before, Files.readAllBytes(saved));
    }

    @Test
    void aFolderAsTheTargetIsRefused() throws Exception {
        Path saved = saved();

        assertEquals(2, nn.run("export", saved.toString(), dir.toString()));

        assertEquals(
                "nn: '" + dir + "' is a folder; name a file inside it, such as '" + dir.resolve("m.onnx") + "'\n",
                nn.err());
    }

    @Test
    void bothFilesAreRequired() {
        assertEquals(2, nn.run("export", "m.nnm"));
    }

    private Path saved() {
        Model model = Model.builder()
                .input(3)
                .dense(4, ActivationSpec.RELU)
                .dense(2, ActivationSpec.SOFTMAX)
                .build(5);
        Path file = dir.resolve("m.nnm");
        model.save(file);
        return file;
    }
}
