package dev.neurona.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.jspecify.annotations.Nullable;

/**
 * Runs the language server over a pair of streams (for {@code nn lsp}: standard input and
 * output) until the client says {@code exit} or closes the input.
 */
public final class LanguageServerMain {

    private LanguageServerMain() {}

    /**
     * @param trace where to copy every protocol message (LSP4J's trace format), or null
     * @return the exit code: 0 after {@code shutdown} then {@code exit}, 1 otherwise, as the protocol says
     */
    public static int run(InputStream in, OutputStream out, @Nullable PrintWriter trace) {
        return run(in, out, trace, System.getenv());
    }

    /**
     * @param environment where the language comes from when the editor's {@code initialize} names no locale
     * @return the exit code, as {@link #run(InputStream, OutputStream, PrintWriter)}
     */
    static int run(InputStream in, OutputStream out, @Nullable PrintWriter trace, Map<String, String> environment) {
        AtomicReference<Future<Void>> listening = new AtomicReference<>();
        NnLanguageServer server = new NnLanguageServer(
                NnLanguageServer.CHECK_DELAY_MILLIS,
                () -> {
                    Future<Void> running = listening.get();
                    if (running != null) {
                        running.cancel(true);
                    }
                },
                environment);
        Launcher.Builder<LanguageClient> builder = new LSPLauncher.Builder<LanguageClient>()
                .setLocalService(server)
                .setRemoteInterface(LanguageClient.class)
                .setInput(in)
                .setOutput(out);
        if (trace != null) {
            builder.traceMessages(trace);
        }
        Launcher<LanguageClient> launcher = builder.create();
        server.connect(launcher.getRemoteProxy());
        Future<Void> running = launcher.startListening();
        listening.set(running);
        try {
            running.get();
        } catch (CancellationException e) {
            // exit was called
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            System.err.println("nn lsp: the connection failed: " + e.getCause());
        }
        return server.wasShutDown() ? 0 : 1;
    }
}
