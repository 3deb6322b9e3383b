package dev.neurona.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.lang.RunOptions;
import dev.neurona.lang.diag.Diagnostic;
import dev.neurona.lang.interp.Session;
import dev.neurona.lang.interp.SessionSettings;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Diagnostics as the text changes: those of {@code nn check}, at the same places, cleared when fixed. */
class DiagnosticsTest {

    private static final String WRONG = """
            data iris = csv("iris.csv") {
              split train 80%, test 20%
            }
            model mlp {
              input iris
              dense 16 relu
              dense 3 softmax
            }
            train mlp on iris.train {
              optimizer adma(lr=0.01)
            }
            evaluate mlp on iris.tset
            print nobody
            """;

    @TempDir
    Path folder;

    @Test
    void publishesTheCheckersDiagnosticsAtTheirPlacesAndClearsThemWhenFixed() throws Exception {
        Path script = script();
        String uri = script.toUri().toString();
        try (LspClient client = new LspClient()) {
            InitializeResult init = client.initialize();
            assertEquals(
                    TextDocumentSyncKind.Incremental,
                    init.getCapabilities().getTextDocumentSync().getLeft());

            client.open(uri, WRONG);
            PublishDiagnosticsParams published = client.nextDiagnostics(uri);
            List<org.eclipse.lsp4j.Diagnostic> shown = published.getDiagnostics();
            assertEquals(3, shown.size(), shown.toString());
            assertEquals(
                    "unknown optimizer 'adma'; did you mean 'adam'?",
                    shown.get(0).getMessage());
            assertEquals(
                    new Range(new Position(9, 12), new Position(9, 16)),
                    shown.get(0).getRange());
            assertEquals(DiagnosticSeverity.Error, shown.get(0).getSeverity());
            assertEquals(
                    "'iris' has no part 'tset'; did you mean 'iris.test'?",
                    shown.get(1).getMessage());
            assertEquals(
                    new Range(new Position(11, 21), new Position(11, 25)),
                    shown.get(1).getRange());
            assertTrue(
                    shown.get(2).getMessage().startsWith("unknown name 'nobody'"),
                    shown.get(2).getMessage());
            assertEquals(
                    new Range(new Position(12, 6), new Position(12, 12)),
                    shown.get(2).getRange());

            String fixed = WRONG.replace("adma", "adam").replace("tset", "test").replace("print nobody\n", "");
            client.replace(uri, 2, fixed);
            PublishDiagnosticsParams cleared = client.nextDiagnostics(uri);
            assertEquals(2, cleared.getVersion());
            assertEquals(List.of(), cleared.getDiagnostics());
        }
    }

    @Test
    void saysWhatNnCheckSaysWordForWordAndPlaceForPlace() throws Exception {
        Path script = script();
        String source =
                WRONG + "model mlp { input 4; dense 0 relu; dropout 1.5 }\nseed -1\ndata bad = csv(\"none.csv\")\n";
        List<Diagnostic> fromCheck;
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        RunOptions options = RunOptions.builder().out(nowhere).err(nowhere).build();
        try (Session session = new Session(SessionSettings.of(options, folder, false))) {
            fromCheck = session.check(source, script).diagnostics();
        }
        assertTrue(fromCheck.size() >= 6, fromCheck.toString());
        TextIndex index = new TextIndex(source);
        try (LspClient client = new LspClient()) {
            client.initialize();
            client.open(script.toUri().toString(), source);
            List<org.eclipse.lsp4j.Diagnostic> shown =
                    client.nextDiagnostics(script.toUri().toString()).getDiagnostics();
            assertEquals(fromCheck.size(), shown.size(), shown.toString());
            for (int i = 0; i < shown.size(); i++) {
                Diagnostic expected = fromCheck.get(i);
                String message = expected.hint() == null
                        ? expected.message()
                        : expected.message() + "\n" + DiagnosticsPublisher.HELP + expected.hint();
                assertEquals(message, shown.get(i).getMessage());
                assertEquals(index.range(expected.span()), shown.get(i).getRange(), message);
                assertEquals(
                        expected.isError() ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                        shown.get(i).getSeverity(),
                        message);
            }
        }
    }

    @Test
    void aBurstOfChangesIsCheckedOnceForItsLastVersion() throws Exception {
        Path script = script();
        String uri = script.toUri().toString();
        try (LspClient client = new LspClient()) {
            client.initialize();
            client.open(uri, WRONG);
            client.nextDiagnostics(uri);
            for (int version = 2; version <= 6; version++) {
                client.replace(uri, version, WRONG.replace("adma", "adm" + "a".repeat(version)));
            }
            client.replace(uri, 7, "seed 7\n");
            PublishDiagnosticsParams next = client.nextDiagnostics(uri);
            assertEquals(7, next.getVersion(), "a check of an older text was published: " + next);
            assertEquals(List.of(), next.getDiagnostics());
        }
    }

    @Test
    void endsWithZeroAfterShutdownAndExit() throws Exception {
        LspClient client = new LspClient();
        client.initialize();
        assertEquals(0, client.shutdownAndExit());
    }

    private Path script() throws Exception {
        Files.writeString(
                folder.resolve("iris.csv"), "sepal,petal,species\n1,2,a\n2,3,b\n3,1,c\n4,4,a\n5,1,b\n6,2,c\n");
        return folder.resolve("iris.nn");
    }
}
