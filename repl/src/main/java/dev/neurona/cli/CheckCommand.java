package dev.neurona.cli;

import dev.neurona.lang.RunOptions;
import dev.neurona.lang.ScriptRunner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code nn check FILE.nn}: reads and checks a script and the headers of its data files; runs nothing. */
@Command(
        name = "check",
        description = "Read and check a script (and the headers of its data files); run nothing.",
        footer = {"", "Exit codes: 0 the script is fine, 2 it is wrong, 1 a file could not be read."})
final class CheckCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    private HelpOption help;

    @Mixin
    private ScriptFile script;

    @Mixin
    private LanguageOption language;

    CheckCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        String problem = script.problem(language.locale(context));
        if (problem != null) {
            context.err().println("nn: " + problem);
            return ScriptRunner.SCRIPT_ERROR;
        }
        RunOptions options = RunOptions.builder()
                .out(context.out())
                .err(context.err())
                .terminal(context.terminal())
                .dataDir(context.dataDir())
                .locale(language.locale(context))
                .build();
        return new ScriptRunner(options).check(script.path());
    }
}
