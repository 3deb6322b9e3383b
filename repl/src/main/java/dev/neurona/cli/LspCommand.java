package dev.neurona.cli;

import dev.neurona.repl.Messages;
import dev.neurona.runtime.i18n.Language;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code nn lsp}: the language server, speaking the Language Server Protocol on standard input and output. */
@Command(
        name = "lsp",
        description = "Run the .nn language server on standard input and output (for editors).",
        footer = {"", "Exit codes: 0 after the editor's shutdown and exit, 1 when the connection ended without them."})
final class LspCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    private HelpOption help;

    @Option(
            names = "--trace",
            paramLabel = "FILE",
            description = "Append every protocol message to FILE, to see what the editor and the server said.")
    private Path trace;

    LspCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintStream protocol = context.out();
        if (protocol == System.out) {
            System.setOut(System.err); // standard output carries the protocol: nothing else may write to it
        }
        Optional<LanguageServerJar.Server> server = LanguageServerJar.find();
        if (server.isEmpty()) {
            context.err()
                    .println(Messages.in(
                            Language.choose(null, context.env()), "cli.lsp.missing", LanguageServerJar.expectedPath()));
            return 1;
        }
        if (trace == null) {
            return server.get().run(System.in, protocol, null);
        }
        try (PrintWriter traceWriter = new PrintWriter(
                new OutputStreamWriter(new FileOutputStream(trace.toFile(), true), StandardCharsets.UTF_8), true)) {
            return server.get().run(System.in, protocol, traceWriter);
        } catch (IOException e) {
            context.err()
                    .println(Messages.in(
                            Language.choose(null, context.env()),
                            "cli.lsp.trace",
                            trace,
                            String.valueOf(e.getMessage())));
            return 1;
        }
    }
}
