package dev.neurona.cli;

import dev.neurona.lang.ScriptRunner;
import dev.neurona.repl.Messages;
import dev.neurona.repl.jupyter.KernelLauncher;
import dev.neurona.runtime.i18n.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code nn kernel --connection-file F}: the Jupyter kernel, started by Jupyter from the kernelspec. */
@Command(
        name = "kernel",
        description = "Serve .nn notebooks as a Jupyter kernel (started by Jupyter; see 'nn kernel install').",
        subcommands = KernelInstallCommand.class,
        footer = {"", "Exit codes: 0 shut down, 1 the kernel failed, 2 the connection file is missing or unreadable."})
final class KernelCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    private HelpOption help;

    @Option(
            names = "--connection-file",
            paramLabel = "FILE",
            description = "The connection file Jupyter wrote: ports, transport and signing key.")
    private Path connectionFile;

    KernelCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (connectionFile == null) {
            context.err().println(Messages.in(Language.choose(null, context.env()), "cli.kernel.no_connection"));
            return ScriptRunner.SCRIPT_ERROR;
        }
        String connection;
        try {
            connection = Files.readString(connectionFile, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            context.err()
                    .println(Messages.in(Language.choose(null, context.env()), "cli.kernel.no_file", connectionFile));
            return ScriptRunner.SCRIPT_ERROR;
        } catch (IOException e) {
            context.err()
                    .println(Messages.in(
                            Language.choose(null, context.env()),
                            "cli.kernel.unreadable",
                            connectionFile,
                            e.getMessage()));
            return ScriptRunner.SCRIPT_ERROR;
        }
        try {
            KernelLauncher.serve(
                    connection,
                    Path.of(""),
                    context.dataDir(),
                    VersionProvider.neuronaVersion(),
                    interrupt -> SignalTrap.trap("INT", interrupt));
            return ScriptRunner.OK;
        } catch (Exception e) {
            context.err()
                    .println(
                            Messages.in(Language.choose(null, context.env()), "cli.kernel.stopped", String.valueOf(e)));
            return ScriptRunner.FAILED;
        }
    }
}
