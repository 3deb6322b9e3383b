package dev.neurona.lsp;

import dev.neurona.runtime.i18n.Language;
import dev.neurona.runtime.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;
import org.jspecify.annotations.Nullable;

/**
 * The {@code .nn} language server: what it offers ({@link #initialize}), and its life from
 * {@code initialize} to {@code shutdown} and {@code exit}.
 *
 * <p>It speaks the editor's language: the locale {@code initialize} names (LSP 3.16), else the
 * environment's as {@code nn} chooses it ({@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG});
 * diagnostics, hovers and completion details are all written in that one language.
 */
public final class NnLanguageServer implements LanguageServer, LanguageClientAware {

    /** How long the text must rest before it is checked: fewer checks while typing, and still prompt. */
    public static final long CHECK_DELAY_MILLIS = 200;

    private final AtomicReference<LanguageClient> client = new AtomicReference<>();
    private final Analyses analyses = new Analyses();
    private final ExecutorService requests = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "nn-lsp-requests");
        thread.setDaemon(true);
        return thread;
    });
    private final DiagnosticsPublisher diagnostics;
    private final ScriptService documents;
    private final WorkspaceService workspace = new NnWorkspaceService();
    private final AtomicBoolean shutDown = new AtomicBoolean();
    private final Runnable onExit;
    private final Map<String, String> environment;
    private volatile Messages messages;

    /** @param onExit what {@code exit} does: stop reading the protocol */
    public NnLanguageServer(long checkDelayMillis, Runnable onExit) {
        this(checkDelayMillis, onExit, System.getenv());
    }

    /**
     * @param onExit      what {@code exit} does: stop reading the protocol
     * @param environment where the language comes from when the editor names no locale
     */
    NnLanguageServer(long checkDelayMillis, Runnable onExit, Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
        this.messages = Messages.of(Language.choose(null, this.environment));
        this.diagnostics = new DiagnosticsPublisher(analyses, client::get, this::messages, checkDelayMillis);
        this.documents = new ScriptService(analyses, diagnostics, requests, this::messages);
        this.onExit = onExit;
    }

    /** The language everything the server writes is in, chosen by {@link #initialize}. */
    Messages messages() {
        return messages;
    }

    /**
     * The language of an LSP locale ({@code es}, {@code es-ES}, {@code en-US}, also {@code es_ES}):
     * Spanish for any Spanish, English for any other; the environment's when the editor sends none.
     */
    static Locale language(@Nullable String editorLocale, Map<String, String> environment) {
        if (editorLocale == null || editorLocale.isBlank()) {
            return Language.choose(null, environment);
        }
        return Language.nearest(Locale.forLanguageTag(editorLocale.strip().replace('_', '-')));
    }

    @Override
    public void connect(LanguageClient client) {
        this.client.set(client);
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        messages = Messages.of(language(params.getLocale(), environment));
        ServerCapabilities capabilities = new ServerCapabilities();
        capabilities.setTextDocumentSync(TextDocumentSyncKind.Incremental);
        capabilities.setCompletionProvider(new CompletionOptions(false, List.of(" ", "(", "=", ".", ",")));
        capabilities.setHoverProvider(true);
        capabilities.setDefinitionProvider(true);
        capabilities.setReferencesProvider(true);
        capabilities.setDocumentSymbolProvider(true);
        capabilities.setDocumentFormattingProvider(true);
        return CompletableFuture.completedFuture(
                new InitializeResult(capabilities, new ServerInfo("nn lsp", version())));
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutDown.set(true);
        diagnostics.close();
        requests.shutdown();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        if (!shutDown.get()) {
            shutdown();
        }
        onExit.run();
    }

    /** Whether {@code shutdown} came before {@code exit}, as the protocol asks: the process then ends with 0. */
    public boolean wasShutDown() {
        return shutDown.get();
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documents;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspace;
    }

    private static String version() {
        String version = NnLanguageServer.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
