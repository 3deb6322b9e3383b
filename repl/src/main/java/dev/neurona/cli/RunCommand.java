package dev.neurona.cli;

import dev.neurona.lang.RunOptions;
import dev.neurona.lang.ScriptRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * {@code nn run FILE.nn [--seed N] [--threads N] [--quiet]}: checks the whole script, then runs it.
 * Ctrl-C stops training after the current batch (exit code 130); a second Ctrl-C quits at once.
 */
@Command(name = "run",
        description = "Check a script, then run it.",
        footer = {"", "Ctrl-C stops training after the current batch; press it again to quit",
                "at once.",
                "Exit codes: 0 success, 2 the script is wrong, 1 a failure while running,",
                "130 interrupted."})
final class RunCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    private HelpOption help;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ScriptFile script;

    @Option(names = "--seed", paramLabel = "N", description = "Replace the script's seed.")
    private Long seed;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Compute threads; 0 (the default) for one per core.")
    private int threads;

    @Option(names = "--quiet", description = "Print only the final figures.")
    private boolean quiet;

    RunCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (threads < 0) {
            throw new ParameterException(spec.commandLine(),
                    "--threads must be 0 (one per core) or more, not " + threads);
        }
        String problem = script.problem();
        if (problem != null) {
            context.err().println("nn: " + problem);
            return ScriptRunner.SCRIPT_ERROR;
        }
        RunOptions options = new RunOptions(context.out(), context.err(), seed, threads, quiet, context.terminal(),
                context.dataDir());
        ScriptRunner runner = new ScriptRunner(options);
        try (CtrlC ignored = CtrlC.install(runner::cancel, context.err())) {
            return runner.run(script.path());
        }
    }
}
