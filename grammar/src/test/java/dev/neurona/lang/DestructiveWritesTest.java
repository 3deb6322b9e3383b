package dev.neurona.lang;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A statement that writes a file never destroys what the user made: writing over the script or
 * one of its data files is a check error (exit 2, nothing runs, the file keeps its bytes), and
 * replacing an existing output keeps its permissions. Before these checks, each script below ran
 * with exit 0 and left the data file holding predictions, or the script holding a model.
 */
class DestructiveWritesTest {

    private static final String CSV = "x1,x2,y\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n";
    private static final String TRAINED = """
            data gate = csv("data/gate.csv")
            model m { input 2; dense 4 tanh; dense 1 sigmoid }
            train m on gate { epochs 2; batch 4 }
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path csv;

    @BeforeEach
    void files() {
        csv = dir.resolve("data/gate.csv");
        TestFiles.write(csv, CSV);
    }

    @Test
    void predictionsOverTheScriptsOwnCsvAreACheckError() throws IOException {
        Path script = script("gate.nn", TRAINED + "predict m on gate to \"data/gate.csv\"\n");

        assertEquals(ScriptRunner.SCRIPT_ERROR, runner().run(script));

        assertEquals(
                script + ":4:22: error: writing to 'data/gate.csv' would overwrite a data file this script reads"
                        + " (line 1)\n"
                        + "    4 | predict m on gate to \"data/gate.csv\"\n"
                        + "      |                      ^^^^^^^^^^^^^^^\n"
                        + "      = help: write to another file, such as \"data/gate-predictions.csv\"\n",
                text(err));
        assertEquals(CSV, Files.readString(csv), "the data file keeps its rows");
        assertEquals("", text(out), "nothing ran");
    }

    @Test
    void savingOverTheScriptItselfIsACheckError() throws IOException {
        String source = TRAINED + "save m to \"./gate.nn\"\n";
        Path script = script("gate.nn", source);

        assertEquals(ScriptRunner.SCRIPT_ERROR, runner().check(script));
        assertEquals(ScriptRunner.SCRIPT_ERROR, runner().run(script));

        assertTrue(
                text(err)
                        .startsWith(
                                script + ":4:11: error: writing to './gate.nn' would overwrite the script itself\n"),
                text(err));
        assertEquals(source, Files.readString(script));
    }

    @Test
    void exportingOverTheScriptsOwnCsvIsACheckError() throws IOException {
        Path script = script("gate.nn", TRAINED + "export m to \"data/gate.csv\"\n");

        assertEquals(ScriptRunner.SCRIPT_ERROR, runner().run(script));

        assertEquals(
                script + ":4:13: error: writing to 'data/gate.csv' would overwrite a data file this script reads"
                        + " (line 1)\n"
                        + "    4 | export m to \"data/gate.csv\"\n"
                        + "      |             ^^^^^^^^^^^^^^^\n"
                        + "      = help: write to another file, such as \"data/gate-m.onnx\"\n",
                text(err));
        assertEquals(CSV, Files.readString(csv), "the data file keeps its rows");
        assertEquals("", text(out), "nothing ran");
    }

    @Test
    void aLinkOrAnotherNameForAnInputIsCaughtToo() throws IOException {
        Files.createSymbolicLink(dir.resolve("evaluation.txt"), csv);
        Files.createLink(dir.resolve("report.html"), csv);
        Path script = script(
                "gate.nn",
                TRAINED
                        + "evaluate m on gate to \"evaluation.txt\"\n"
                        + "report m on gate to \"report.html\"\n"
                        + "plot m to \"data/../data/gate.csv.png\"\n");

        assertEquals(ScriptRunner.SCRIPT_ERROR, runner().run(script));

        assertTrue(
                text(err).contains(":4:23: error: writing to 'evaluation.txt' would overwrite a data file"), text(err));
        assertTrue(text(err).contains(":5:21: error: writing to 'report.html' would overwrite a data file"), text(err));
        assertFalse(text(err).contains(":6:"), "a new file beside the data is fine: " + text(err));
        assertEquals(CSV, Files.readString(csv));
    }

    @Test
    void theFilesOfAnIdxDataSetAreInputsToo() throws IOException {
        TestFiles.writeIdx(dir.resolve("images.gz"), dir.resolve("labels.gz"), 8, 2, 2, 2);
        byte[] labels = Files.readAllBytes(dir.resolve("labels.gz"));
        Path script = script("digits.nn", """
                data digits = idx("images.gz", "labels.gz")
                model m { input 2x2; dense 2 softmax }
                save m to "labels.gz"
                """);

        assertEquals(ScriptRunner.SCRIPT_ERROR, runner().run(script));

        assertTrue(
                text(err)
                        .startsWith(script + ":3:11: error: writing to 'labels.gz' would overwrite a data file this"
                                + " script reads (line 1)\n"),
                text(err));
        assertArrayEquals(labels, Files.readAllBytes(dir.resolve("labels.gz")));
    }

    @Test
    void anEmptyFileNameIsNamedAsSuch() {
        Path script = script("gate.nn", TRAINED + "save m to \"\"\n");

        assertEquals(ScriptRunner.SCRIPT_ERROR, runner().run(script));

        assertEquals(
                script + ":4:11: error: the file name is empty\n"
                        + "    4 | save m to \"\"\n"
                        + "      |           ^^\n"
                        + "      = help: name the file to write, such as \"m.nnm\"\n",
                text(err));
    }

    @Test
    void aFolderIsNotAFileToWrite() {
        Path script = script("gate.nn", TRAINED + "predict m on gate to \"data\"\n");

        assertEquals(ScriptRunner.SCRIPT_ERROR, runner().run(script));

        assertTrue(text(err).startsWith(script + ":4:22: error: 'data' is a folder, not a file"), text(err));
        assertTrue(text(err).contains("help: name a file inside it, such as \"data/predictions.csv\""), text(err));
    }

    @Test
    void replacingAnEarlierOutputKeepsItsPermissions() throws IOException {
        Path predictions = dir.resolve("predictions.csv");
        TestFiles.write(predictions, "old\n");
        Files.setPosixFilePermissions(predictions, PosixFilePermissions.fromString("rw-rw-r--"));
        Path script = script("gate.nn", TRAINED + "predict m on gate to \"predictions.csv\"\n");

        assertEquals(ScriptRunner.OK, runner().run(script), text(err));

        assertTrue(
                Files.readString(predictions).startsWith("predicted,prob_0,prob_1\n"), Files.readString(predictions));
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(predictions)));
    }

    @Test
    void savingOverALinkedModelKeepsTheLinkAndThePermissions() throws IOException {
        Path real = dir.resolve("models/m-1.nnm");
        TestFiles.write(real, "an older model");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-rw-r--"));
        Path link = Files.createSymbolicLink(dir.resolve("m.nnm"), Path.of("models/m-1.nnm"));
        Path script = script("gate.nn", TRAINED + "save m to \"m.nnm\"\n");

        assertEquals(ScriptRunner.OK, runner().run(script), text(err));

        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertEquals("NNM1", new String(Files.readAllBytes(real), 0, 4, StandardCharsets.US_ASCII));
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(real)));
    }

    @Test
    void aReadOnlyOutputIsRefusedAndKept() throws IOException {
        Path predictions = dir.resolve("predictions.csv");
        TestFiles.write(predictions, "mine\n");
        Files.setPosixFilePermissions(predictions, PosixFilePermissions.fromString("r--r--r--"));
        Path script = script("gate.nn", TRAINED + "predict m on gate to \"predictions.csv\"\n");

        assertEquals(ScriptRunner.FAILED, runner().run(script));

        assertTrue(
                text(err)
                        .contains("could not write the predictions to '" + predictions + "': the file is read-only;"
                                + " make it writable (chmod u+w) or write to another file"),
                text(err));
        assertEquals("mine\n", Files.readString(predictions));
    }

    @Test
    void aLearningRateBeyond32BitNumbersIsACheckError() {
        String huge = "1" + "0".repeat(308); // 1e308: a double, but infinite as a float
        Path script = script("gate.nn", TRAINED.replace("epochs 2;", "optimizer sgd(lr=" + huge + "); epochs 2;"));

        assertEquals(ScriptRunner.SCRIPT_ERROR, runner().run(script));

        assertTrue(
                text(err)
                        .startsWith(
                                script + ":3:36: error: lr must be at most 3.4e38, the largest 32-bit number"
                                        + " (learning rates are usually 0.0001 to 1), got 1.00e+308 (a number written with 309 characters)\n"),
                text(err));
    }

    private Path script(String name, String source) {
        Path script = dir.resolve(name);
        TestFiles.write(script, source);
        return script;
    }

    private ScriptRunner runner() {
        return new ScriptRunner(RunOptions.builder()
                .out(new PrintStream(out, true, StandardCharsets.UTF_8))
                .err(new PrintStream(err, true, StandardCharsets.UTF_8))
                .seed(1L)
                .threads(1)
                .quiet(true)
                .dataDir(dir.resolve("datasets"))
                .build());
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
