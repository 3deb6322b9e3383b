package dev.neurona.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nn lsp} from the runnable jar, as an editor starts it: the protocol on standard output
 * and nothing else there, diagnostics and completion, a clean exit; {@code --trace} keeps the session.
 */
class LspJarIT {

    @TempDir
    Path dir;

    @Test
    void anEditorSessionOverStandardInputAndOutput() throws Exception {
        editorSession("en", "unknown optimizer 'adma'; did you mean 'adam'?", "fits the model's weights to the data");
    }

    /** The Spanish bundles and keyword lines reach the server through the jar it is loaded from. */
    @Test
    void anEditorSessionInSpanish() throws Exception {
        editorSession(
                "es",
                "no existe el optimizador 'adma'; ¿quisiste decir 'adam'?",
                "ajusta los pesos del modelo a los datos");
    }

    private void editorSession(String locale, String firstDiagnostic, String trainHover) throws Exception {
        Files.writeString(dir.resolve("iris.csv"), "a,b,species\n1,2,x\n2,1,y\n3,3,x\n");
        Path script = dir.resolve("iris.nn");
        String text = "data iris = csv(\"iris.csv\")\nmodel m { input iris; dense 2 softmax }\n"
                + "train m on iris { optimizer adma() }\nmodel n {\n  dense 16 \n}\n";
        Path jar =
                Path.of(System.getProperty("neurona.jar", "target/neurona.jar")).toAbsolutePath();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(
                        java.toString(),
                        "-jar",
                        jar.toString(),
                        "lsp",
                        "--trace",
                        dir.resolve("trace.log").toString())
                .directory(dir.toFile())
                .redirectError(dir.resolve("err.txt").toFile())
                .start();
        BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
        var launcher = LSPLauncher.createClientLauncher(
                new Editor(published), process.getInputStream(), process.getOutputStream());
        launcher.startListening();
        LanguageServer server = launcher.getRemoteProxy();

        InitializeParams init = new InitializeParams();
        init.setCapabilities(new ClientCapabilities());
        init.setLocale(locale);
        assertTrue(server.initialize(init)
                        .get(60, TimeUnit.SECONDS)
                        .getCapabilities()
                        .getCompletionProvider()
                != null);
        server.initialized(new InitializedParams());
        String uri = script.toUri().toString();
        server.getTextDocumentService()
                .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "nn", 1, text)));
        PublishDiagnosticsParams diagnostics = published.poll(60, TimeUnit.SECONDS);
        assertTrue(diagnostics != null, "no diagnostics");
        assertEquals(firstDiagnostic, diagnostics.getDiagnostics().get(0).getMessage());
        assertEquals(
                2, diagnostics.getDiagnostics().get(0).getRange().getStart().getLine());

        String hover = server.getTextDocumentService()
                .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(2, 1)))
                .get(60, TimeUnit.SECONDS)
                .getContents()
                .getRight()
                .getValue();
        assertTrue(hover.contains(trainHover), hover);

        var completion = server.getTextDocumentService()
                .completion(new CompletionParams(new TextDocumentIdentifier(uri), new Position(4, 11)))
                .get(60, TimeUnit.SECONDS);
        List<String> labels =
                completion.getLeft().stream().map(CompletionItem::getLabel).toList();
        assertTrue(
                labels.contains("relu") && labels.contains("init=") && !labels.contains("epochs"), labels.toString());

        server.shutdown().get(60, TimeUnit.SECONDS);
        server.exit();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "nn lsp did not end after exit");
        assertEquals(0, process.exitValue());
        assertEquals("", Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
        String trace = Files.readString(dir.resolve("trace.log"), StandardCharsets.UTF_8);
        assertTrue(
                trace.contains("textDocument/publishDiagnostics") && trace.contains("textDocument/completion"), trace);
    }

    /** The editor's side: keeps what the server publishes. */
    private record Editor(BlockingQueue<PublishDiagnosticsParams> published) implements LanguageClient {
        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            published.add(params);
        }

        @Override
        public void telemetryEvent(Object object) {}

        @Override
        public void showMessage(MessageParams params) {}

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams params) {}
    }
}
