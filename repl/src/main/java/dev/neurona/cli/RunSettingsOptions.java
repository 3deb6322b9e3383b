package dev.neurona.cli;

import dev.neurona.lang.RunOptions;
import dev.neurona.repl.Messages;
import java.util.Locale;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --seed N --threads N --quiet --lang en|es}, the settings of a run shared by the commands
 * that run scripts: {@code @Mixin private RunSettingsOptions settings;}, then
 * {@link #options(CliContext)} for the {@link RunOptions} they give. {@code --lang} is
 * {@link LanguageOption}'s (picocli reads a mixin's inherited options too).
 */
public final class RunSettingsOptions extends LanguageOption {

    @Option(names = "--seed", paramLabel = "N", description = "Replace every seed the script sets.")
    private Long seed;

    @Option(
            names = "--threads",
            paramLabel = "N",
            defaultValue = "0",
            description = "Compute threads; 0 (the default) for one per core.")
    private int threads;

    @Option(names = "--quiet", description = "Print only the final figures of training.")
    private boolean quiet;

    /**
     * Rejects settings out of range, before the command does anything.
     *
     * @throws ParameterException when {@code --threads} is negative or {@code --lang} names no
     *     language of ours
     */
    public void validate(CliContext context) {
        Locale language = locale(context);
        if (threads < 0) {
            throw new ParameterException(
                    command.commandLine(), Messages.in(language, "cli.threads", String.valueOf(threads)));
        }
    }

    /**
     * Options with these settings, {@code context}'s streams, terminal and data folder, and the
     * language chosen by {@code --lang} or the environment.
     */
    public RunOptions.Builder options(CliContext context) {
        validate(context);
        return RunOptions.builder()
                .out(context.out())
                .err(context.err())
                .seed(seed)
                .threads(threads)
                .quiet(quiet)
                .terminal(context.terminal())
                .dataDir(context.dataDir())
                .locale(locale(context));
    }
}
