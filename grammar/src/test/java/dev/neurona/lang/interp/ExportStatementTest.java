package dev.neurona.lang.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.lang.RunOptions;
import dev.neurona.lang.ScriptRunner;
import dev.neurona.lang.TestFiles;
import dev.neurona.onnx.OnnxExport;
import dev.neurona.onnx.proto.OnnxProto.ModelProto;
import dev.neurona.onnx.proto.OnnxProto.NodeProto;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export MODEL to "file.onnx"} writes the trained model as ONNX, preprocessing included;
 * a wrong name or file is a check error with its position, and nothing runs. (That the graph
 * computes what the model does is the onnx module's and the samples' tests.)
 */
class ExportStatementTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aTrainedModelIsExportedWithItsTextColumnsOneHotInTheGraph() throws Exception {
        TinyData.pets(dir);
        Path script = script("""
                data pets = csv("pets.csv") { target kind; normalize standard }
                model m { input pets; dense 4 relu; dense 2 softmax }
                train m on pets { epochs 1 }
                export m to "out/pets.onnx"
                """);

        assertEquals(ScriptRunner.OK, runner().run(script), text(err));

        Path file = dir.resolve("out/pets.onnx");
        assertTrue(text(out).contains("exported m to " + file + " (ONNX, opset 17)\n"), text(out));
        ModelProto proto = ModelProto.parseFrom(Files.readAllBytes(file));
        assertEquals(OnnxExport.OPSET, proto.getOpsetImport(0).getVersion());
        assertEquals("numbers", proto.getGraph().getInput(0).getName());
        assertEquals("texts", proto.getGraph().getInput(1).getName());
        assertEquals("probabilities", proto.getGraph().getOutput(0).getName());
        assertTrue(proto.getGraph().getNodeList().stream()
                .map(NodeProto::getOpType)
                .anyMatch("LabelEncoder"::equals));
    }

    @Test
    void anUnknownModelIsACheckErrorAndNothingRuns() {
        TinyData.pets(dir);
        Path script = script("""
                data pets = csv("pets.csv") { target kind }
                model mlp { input pets; dense 2 softmax }
                export mpl to "m.onnx"
                """);

        assertEquals(ScriptRunner.SCRIPT_ERROR, runner().run(script));

        assertTrue(text(err).startsWith(script + ":3:8: error: "), text(err));
        assertTrue(text(err).contains("'mlp'"), text(err));
        assertFalse(Files.exists(dir.resolve("m.onnx")));
    }

    @Test
    void anEmptyFileNameIsACheckError() {
        TinyData.pets(dir);
        Path script = script("""
                data pets = csv("pets.csv") { target kind }
                model m { input pets; dense 2 softmax }
                export m to ""
                """);

        assertEquals(ScriptRunner.SCRIPT_ERROR, runner().check(script));

        assertEquals(
                script + ":3:13: error: the file name is empty\n"
                        + "    3 | export m to \"\"\n"
                        + "      |             ^^\n"
                        + "      = help: name the file to write, such as \"m.onnx\"\n",
                text(err));
    }

    @Test
    void aMissingFileNameSaysWhatIsExpected() {
        Path script = script("model m { input 2; dense 1 }\nexport m to\n");

        assertEquals(ScriptRunner.SCRIPT_ERROR, runner().check(script));

        assertTrue(text(err).contains("expected a file name in quotes after 'to'"), text(err));
    }

    private Path script(String source) {
        return TestFiles.write(dir.resolve("export.nn"), source);
    }

    private ScriptRunner runner() {
        return new ScriptRunner(RunOptions.builder()
                .out(new PrintStream(out, true, StandardCharsets.UTF_8))
                .err(new PrintStream(err, true, StandardCharsets.UTF_8))
                .seed(1L)
                .threads(1)
                .dataDir(dir.resolve("datasets"))
                .build());
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
