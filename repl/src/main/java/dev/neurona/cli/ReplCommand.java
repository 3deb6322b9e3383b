package dev.neurona.cli;

import dev.neurona.lang.RunOptions;
import dev.neurona.lang.ScriptRunner;
import dev.neurona.repl.PlainLineSource;
import dev.neurona.repl.Repl;
import dev.neurona.repl.console.JLineSource;
import dev.neurona.runtime.WarmUp;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code nn repl [FILE.nn]}: the REPL, after running FILE if given. On a terminal it edits lines
 * with JLine (history in {@code ~/.neurona/history}, colours, completion); with piped input it
 * reads plain lines and prints no prompts and no escape codes, so that it can be scripted.
 */
@Command(
        name = "repl",
        description = "Start the REPL: .nn statements and Java snippets at one prompt.",
        footer = {
            "",
            "In the REPL, :help shows examples and commands.",
            "Ctrl-C stops training after the current batch (or a running Java snippet)",
            "and returns to the prompt; Ctrl-D or :quit leaves."
        })
final class ReplCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    private HelpOption help;

    @Mixin
    private RunSettingsOptions settings;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "FILE.nn",
            descriptionKey = "first",
            description = "A script to run first.")
    private Path script;

    ReplCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        settings.validate(context);
        // The user reads the banner and types: time enough for the JIT to compile the training path.
        WarmUp.inBackground();
        String problem = script == null ? null : ScriptFile.problem(script, settings.locale(context));
        if (problem != null) {
            context.err().println("nn: " + problem);
            return ScriptRunner.SCRIPT_ERROR;
        }
        boolean interactive = context.terminal() && System.console() != null;
        return interactive ? interactive() : piped();
    }

    /** On a terminal: JLine, with errors on the same stream as the prompt so that they come in order. */
    private int interactive() throws IOException {
        PrintStream out = context.out();
        try (Terminal terminal = TerminalBuilder.builder().system(true).build();
                Repl repl = new Repl(options(out, out, true), Path.of(""))) {
            terminal.handle(Terminal.Signal.INT, signal -> repl.interrupt());
            JLineSource lines = JLineSource.create(terminal, repl, Path.of(""), historyFile());
            out.println(Repl.banner(settings.locale(context)));
            if (script != null) {
                repl.load(script);
            }
            repl.prepareInBackground();
            repl.run(lines);
        }
        return ScriptRunner.OK;
    }

    /** Piped: plain lines, no prompts; Ctrl-C stops what runs, or quits when nothing does. */
    private int piped() throws IOException {
        try (Repl repl = new Repl(options(context.out(), context.err(), false), Path.of(""))) {
            Runnable restore = SignalTrap.trap("INT", () -> {
                if (!repl.interrupt()) {
                    context.err().println();
                    context.err().println("nn: interrupted");
                    context.err().flush();
                    Runtime.getRuntime().halt(ScriptRunner.INTERRUPTED);
                }
            });
            try {
                if (script != null) {
                    repl.load(script);
                }
                repl.run(new PlainLineSource(
                        new InputStreamReader(System.in, StandardCharsets.UTF_8), repl::isIncomplete));
            } finally {
                if (restore != null) {
                    restore.run();
                }
            }
            return repl.exitCode();
        }
    }

    private RunOptions options(PrintStream out, PrintStream err, boolean terminal) {
        return settings.options(context).out(out).err(err).terminal(terminal).build();
    }

    /** {@code ~/.neurona/history}, its folder made if need be; null when it cannot be. */
    private static @Nullable Path historyFile() {
        Path file = Path.of(System.getProperty("user.home"), ".neurona", "history");
        try {
            Files.createDirectories(file.getParent());
            return file;
        } catch (IOException | SecurityException e) {
            return null; // no lasting history, but a working REPL
        }
    }
}
