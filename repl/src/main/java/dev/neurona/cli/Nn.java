package dev.neurona.cli;

import dev.neurona.cli.data.DataCommand;
import dev.neurona.lang.ScriptRunner;
import dev.neurona.repl.Messages;
import dev.neurona.runtime.i18n.Language;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code nn} command: {@code nn run}, {@code nn check}, {@code nn repl}, {@code nn data ...}, {@code nn export}, {@code nn lsp}.
 *
 * <p>Exit codes: 0 success, 1 a failure while running, 2 the script or the command line is
 * wrong, 130 interrupted. Users see one-line messages, never stack traces; {@code NN_DEBUG=1}
 * adds the stack trace of an internal error.
 *
 * <p>Adding a subcommand: write one {@code @Command} class (taking a {@link CliContext} in its
 * constructor if it needs streams or settings, with {@code @Mixin HelpOption} for {@code --help})
 * and list it in {@code subcommands} below.
 */
@Command(
        name = "nn",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Describe, train and explore neural networks.",
        subcommands = {
            RunCommand.class,
            CheckCommand.class,
            ReplCommand.class,
            DataCommand.class,
            BenchCommand.class,
            ExportCommand.class,
            KernelCommand.class,
            LspCommand.class,
            CommandLine.HelpCommand.class
        },
        footer = {
            "",
            "Exit codes: 0 success, 1 a failure while running, 2 the script or the",
            "command line is wrong, 130 interrupted.",
            "Environment: NN_DATA is the data folder (default ~/.neurona/datasets);",
            "NN_DEBUG=1 shows the stack trace of an internal error."
        })
public final class Nn implements Callable<Integer> {
    /** The help texts in languages other than English: {@code dev/neurona/cli/Usage_LANG.properties}. */
    static final String USAGE = "dev.neurona.cli.Usage";

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    Nn(CliContext context) {
        this.context = context;
    }

    /** {@code nn} alone: say what is possible and fail as a usage error. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println(Messages.in(helpLanguage(context), "cli.missing_command"));
        err.println();
        spec.commandLine().usage(err);
        return ScriptRunner.SCRIPT_ERROR;
    }

    public static void main(String[] args) {
        System.exit(execute(CliContext.system(), args));
    }

    /** Runs one {@code nn} command line in this JVM and returns its exit code. */
    public static int execute(CliContext context, String... args) {
        return execute(context, commandLine(context), args);
    }

    /** Runs {@code args} on a command line made by {@link #commandLine} (perhaps with more subcommands). */
    static int execute(CliContext context, CommandLine commandLine, String... args) {
        try {
            speak(commandLine, helpLanguage(context, args));
            return commandLine.execute(args);
        } catch (Throwable unexpected) { // errors (out of memory, stack overflow) bypass picocli's handler
            return InternalErrorReport.print(unexpected, context, helpLanguage(context, args));
        } finally {
            context.out().flush();
            context.err().flush();
        }
    }

    /**
     * The language of the help and usage messages for {@code args}: the value of their first
     * {@code --lang} (read before picocli parses, since {@code --help} stops the parse), else the
     * environment's, as {@link Language#choose} decides; English for a value it does not know, which
     * the command itself then reports.
     */
    static Locale helpLanguage(CliContext context, String... args) {
        String option = null;
        for (int i = 0; i < args.length && option == null; i++) {
            if (args[i].equals("--")) {
                break;
            }
            if (args[i].equals("--lang") && i + 1 < args.length) {
                option = args[i + 1];
            } else if (args[i].startsWith("--lang=")) {
                option = args[i].substring("--lang=".length());
            }
        }
        try {
            return option != null ? Language.of(option) : Language.fromEnvironment(context.env(), Locale.getDefault());
        } catch (IllegalArgumentException e) {
            return Language.ENGLISH;
        }
    }

    /**
     * Gives {@code commandLine} and its subcommands the help texts and usage errors of {@code language};
     * English help is the annotations'.
     */
    static void speak(CommandLine commandLine, Locale language) {
        commandLine.setParameterExceptionHandler(new UsageErrorHandler(language));
        if (Language.nearest(language).equals(Language.SPANISH)) {
            commandLine.setResourceBundle(ResourceBundle.getBundle(
                    USAGE,
                    Language.SPANISH,
                    Nn.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        }
    }

    /** The configured command line: streams from the context, and nn's usage and error handling. */
    public static CommandLine commandLine(CliContext context) {
        CommandLine commandLine = new CommandLine(Nn.class, new ContextFactory(context));
        commandLine.setOut(new PrintWriter(context.out(), true));
        commandLine.setErr(new PrintWriter(context.err(), true));
        commandLine.registerConverter(Long.class, WholeNumbers::parseLong);
        commandLine.registerConverter(Long.TYPE, WholeNumbers::parseLong);
        commandLine.registerConverter(Integer.class, WholeNumbers::parseInt);
        commandLine.registerConverter(Integer.TYPE, WholeNumbers::parseInt);
        commandLine.setParameterExceptionHandler(new UsageErrorHandler(Language.ENGLISH));
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> InternalErrorReport.print(
                exception,
                context,
                helpLanguage(context, parseResult.originalArgs().toArray(String[]::new))));
        return commandLine;
    }
}
