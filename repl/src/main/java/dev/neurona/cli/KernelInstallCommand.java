package dev.neurona.cli;

import dev.neurona.lang.ScriptRunner;
import dev.neurona.repl.Messages;
import dev.neurona.repl.jupyter.KernelSpec;
import dev.neurona.runtime.i18n.Language;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code nn kernel install [--user] [--name N] [--prefix DIR]}: writes the kernelspec that lets
 * Jupyter start {@code nn kernel}, with this Java and this jar.
 */
@Command(
        name = "install",
        description = "Register the .nn kernel with Jupyter (writes kernels/NAME/kernel.json).",
        footer = {"", "Exit codes: 0 written, 1 it could not be written, 2 the command line is wrong."})
final class KernelInstallCommand implements Callable<Integer> {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]+");

    private final CliContext context;

    @Mixin
    private HelpOption help;

    @Option(names = "--user", description = "Install for this user only (~/.local/share/jupyter).")
    private boolean user;

    @Option(
            names = "--name",
            paramLabel = "N",
            defaultValue = "neurona",
            description = "The kernel's name in Jupyter (default: ${DEFAULT-VALUE}).")
    private String name;

    @Option(
            names = "--prefix",
            paramLabel = "DIR",
            description = "Install under DIR/share/jupyter, such as a virtual environment's folder.")
    private Path prefix;

    KernelInstallCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (!NAME.matcher(name).matches()) {
            context.err().println(Messages.in(Language.choose(null, context.env()), "cli.kernel.bad_name", name));
            return ScriptRunner.SCRIPT_ERROR;
        }
        if (user && prefix != null) {
            context.err().println(Messages.in(Language.choose(null, context.env()), "cli.kernel.user_or_prefix"));
            return ScriptRunner.SCRIPT_ERROR;
        }
        Path jar;
        try {
            jar = Path.of(KernelInstallCommand.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException | SecurityException e) {
            context.err()
                    .println(Messages.in(
                            Language.choose(null, context.env()), "cli.kernel.no_jar", String.valueOf(e.getMessage())));
            return ScriptRunner.FAILED;
        }
        if (!Files.isRegularFile(jar)) {
            context.err().println(Messages.in(Language.choose(null, context.env()), "cli.kernel.not_packaged", jar));
            return ScriptRunner.FAILED;
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String display = "Neurona (.nn)" + (name.equals("neurona") ? "" : " " + name);
        try {
            Path folder = KernelSpec.write(
                    jupyterData(),
                    name,
                    List.of(java.toString(), "-jar", jar.toAbsolutePath().toString()),
                    display);
            context.out()
                    .println(Messages.in(Language.choose(null, context.env()), "cli.kernel.installed", name, folder));
            return ScriptRunner.OK;
        } catch (IOException e) {
            context.err()
                    .println(Messages.in(
                            Language.choose(null, context.env()),
                            "cli.kernel.unwritable",
                            String.valueOf(e.getMessage())));
            return ScriptRunner.FAILED;
        }
    }

    /** Where Jupyter looks for kernels: the user's data folder, a prefix's, or the system's. */
    private Path jupyterData() {
        if (prefix != null) return prefix.resolve("share").resolve("jupyter");
        if (user) {
            String dataHome = context.env().get("JUPYTER_DATA_DIR");
            if (dataHome != null && !dataHome.isBlank()) return Path.of(dataHome);
            return Path.of(System.getProperty("user.home"), ".local", "share", "jupyter");
        }
        return Path.of("/usr", "local", "share", "jupyter");
    }
}
