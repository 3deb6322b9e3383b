package dev.neurona.cli.data;

import dev.neurona.cli.HelpOption;
import dev.neurona.lang.ScriptRunner;
import dev.neurona.repl.Messages;
import dev.neurona.runtime.i18n.Language;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code nn data get|list}: the well-known data sets in the local data folder. */
@Command(
        name = "data",
        description = "Download the well-known data sets and see which are here.",
        subcommands = {DataGetCommand.class, DataListCommand.class},
        footer = {
            "",
            "Each data set lives in DATA/<name>/, where DATA is --dir, else $NN_DATA,",
            "else ~/.neurona/datasets."
        })
public final class DataCommand implements Callable<Integer> {
    @Mixin
    private HelpOption help;

    @Spec
    private CommandSpec spec;

    /** {@code nn data} alone: say what is possible and fail as a usage error. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println(Messages.in(Language.choose(null, System.getenv()), "data.missing_command"));
        err.println();
        spec.commandLine().usage(err);
        return ScriptRunner.SCRIPT_ERROR;
    }
}
