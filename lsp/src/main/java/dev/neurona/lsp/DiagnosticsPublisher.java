package dev.neurona.lsp;

import dev.neurona.lang.diag.Diagnostic;
import dev.neurona.lang.diag.Severity;
import dev.neurona.runtime.i18n.Messages;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Checks documents on a background thread as they change and sends the client their
 * diagnostics. A change waits a short quiet time ({@code delayMillis}) before its check, so that
 * typing does not start a check per key, and a result whose text has changed since is dropped.
 */
final class DiagnosticsPublisher implements AutoCloseable {

    /**
     * The English label of a hint, {@code help: }: where {@code nn check} prints {@code = help:},
     * an editor shows the hint on its own line, labelled in the reader's language from the same
     * message ({@code diag.help}).
     */
    static final String HELP = Messages.english().text("diag.help", "");

    private final Analyses analyses;
    private final Supplier<LanguageClient> client;
    private final Supplier<Messages> messages;
    private final long delayMillis;
    private final ScheduledExecutorService checker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "nn-lsp-check");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();

    /** @param messages the language diagnostics are written in, asked at each check */
    DiagnosticsPublisher(
            Analyses analyses, Supplier<LanguageClient> client, Supplier<Messages> messages, long delayMillis) {
        this.analyses = analyses;
        this.client = client;
        this.messages = messages;
        this.delayMillis = delayMillis;
    }

    /** Schedules a check of this version, replacing one not yet started. */
    void changed(OpenDocument document) {
        ScheduledFuture<?> next = checker.schedule(() -> check(document), delayMillis, TimeUnit.MILLISECONDS);
        ScheduledFuture<?> before = pending.put(document.uri(), next);
        if (before != null) {
            before.cancel(false);
        }
    }

    /** Clears a closed document's diagnostics. */
    void closed(String uri) {
        ScheduledFuture<?> before = pending.remove(uri);
        if (before != null) {
            before.cancel(false);
        }
        checker.execute(() -> send(new PublishDiagnosticsParams(uri, List.of())));
    }

    private void check(OpenDocument document) {
        if (!analyses.isCurrent(document)) {
            return;
        }
        Analysis analysis = analyses.of(document);
        if (!analyses.isCurrent(document)) {
            return; // the text changed while it was checked: a newer check is on its way
        }
        Messages language = messages.get();
        List<org.eclipse.lsp4j.Diagnostic> shown = analysis.diagnostics().stream()
                .map(d -> toLsp(d, document.index(), language))
                .toList();
        send(new PublishDiagnosticsParams(document.uri(), shown, document.version()));
    }

    private void send(PublishDiagnosticsParams params) {
        LanguageClient connected = client.get();
        if (connected != null) {
            connected.publishDiagnostics(params);
        }
    }

    /** The diagnostic in {@code messages}' language: its message, then its hint as {@code nn check} labels it. */
    static org.eclipse.lsp4j.Diagnostic toLsp(Diagnostic diagnostic, TextIndex index, Messages messages) {
        String hint = diagnostic.hint(messages);
        String message = hint == null
                ? diagnostic.message(messages)
                : diagnostic.message(messages) + "\n" + messages.text("diag.help", hint);
        org.eclipse.lsp4j.Diagnostic shown = new org.eclipse.lsp4j.Diagnostic(index.range(diagnostic.span()), message);
        shown.setSeverity(
                diagnostic.severity() == Severity.ERROR ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning);
        shown.setSource("nn");
        return shown;
    }

    @Override
    public void close() {
        checker.shutdownNow();
    }
}
