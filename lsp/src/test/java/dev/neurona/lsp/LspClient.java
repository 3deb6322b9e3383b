package dev.neurona.lsp;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.jspecify.annotations.Nullable;

/**
 * An editor for tests: LSP4J's client side, talking JSON-RPC over pipes to the server that
 * {@link LanguageServerMain} runs, as {@code nn lsp} does over standard input and output.
 */
final class LspClient implements LanguageClient, AutoCloseable {

    final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
    final LanguageServer server;
    private final CompletableFuture<Integer> exitCode;

    /** A server that finds its language, when the editor names none, in this process's environment. */
    LspClient() {
        this(null);
    }

    /** @param environment the server's environment (LANG, LC_ALL...), or null for this process's */
    LspClient(@Nullable Map<String, String> environment) {
        try {
            PipedInputStream serverIn = new PipedInputStream(1 << 16);
            PipedOutputStream toServer = new PipedOutputStream(serverIn);
            PipedInputStream clientIn = new PipedInputStream(1 << 16);
            PipedOutputStream toClient = new PipedOutputStream(clientIn);
            exitCode = CompletableFuture.supplyAsync(() -> {
                int code = environment == null
                        ? LanguageServerMain.run(serverIn, toClient, null)
                        : LanguageServerMain.run(serverIn, toClient, null, environment);
                try {
                    toClient.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return code;
            });
            var launcher = LSPLauncher.createClientLauncher(this, clientIn, toServer);
            launcher.startListening();
            server = launcher.getRemoteProxy();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    InitializeResult initialize() throws Exception {
        return initialize(null);
    }

    /** @param locale the editor's language as LSP 3.16 sends it ({@code es}, {@code en-US}), or null for none */
    InitializeResult initialize(@Nullable String locale) throws Exception {
        InitializeParams params = new InitializeParams();
        params.setCapabilities(new ClientCapabilities());
        params.setLocale(locale);
        InitializeResult result = server.initialize(params).get(30, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
        return result;
    }

    void open(String uri, String text) {
        server.getTextDocumentService()
                .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "nn", 1, text)));
    }

    void replace(String uri, int version, String text) {
        server.getTextDocumentService()
                .didChange(new DidChangeTextDocumentParams(
                        new VersionedTextDocumentIdentifier(uri, version),
                        List.of(new TextDocumentContentChangeEvent(text))));
    }

    /** The next diagnostics the server publishes for {@code uri}. */
    PublishDiagnosticsParams nextDiagnostics(String uri) throws InterruptedException {
        while (true) {
            PublishDiagnosticsParams next = diagnostics.poll(30, TimeUnit.SECONDS);
            if (next == null) {
                throw new AssertionError("no diagnostics for " + uri + " within 30 s");
            }
            if (next.getUri().equals(uri)) {
                return next;
            }
        }
    }

    List<CompletionItem> complete(String uri, Position position) throws Exception {
        var result = server.getTextDocumentService()
                .completion(new CompletionParams(new TextDocumentIdentifier(uri), position))
                .get(30, TimeUnit.SECONDS);
        return result.isLeft() ? result.getLeft() : result.getRight().getItems();
    }

    /** The hover text at a position, or null when there is none. */
    @Nullable
    String hover(String uri, Position position) throws Exception {
        var hover = server.getTextDocumentService()
                .hover(new org.eclipse.lsp4j.HoverParams(new TextDocumentIdentifier(uri), position))
                .get(30, TimeUnit.SECONDS);
        return hover == null ? null : hover.getContents().getRight().getValue();
    }

    /** Shuts the server down as an editor does; returns its exit code. */
    int shutdownAndExit() throws Exception {
        server.shutdown().get(30, TimeUnit.SECONDS);
        server.exit();
        return exitCode.get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        if (!exitCode.isDone()) {
            shutdownAndExit();
        }
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
        diagnostics.add(params);
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
