package dev.neurona.cli;

import dev.neurona.lang.RunOptions;
import dev.neurona.lang.ScriptRunner;
import dev.neurona.lang.watch.WatchServer;
import dev.neurona.repl.Messages;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code nn run FILE.nn [--seed N] [--threads N] [--quiet] [--lang en|es] [--watch [PORT] [--watch-keep]]
 * [--engine local|spark ...]}: checks the
 * whole script, then runs it. Ctrl-C stops training after the current batch (exit code 130); a
 * second Ctrl-C quits at once.
 *
 * <p>{@code --engine spark} is handled by the {@code nn} launcher, which starts the spark module's
 * {@code SparkMain} with Spark on its class path; this process carries no Spark, so reaching
 * here with it means the jar was started directly, and it says how to run on Spark instead.
 */
@Command(
        name = "run",
        description = "Check a script, then run it.",
        footer = {
            "",
            "Ctrl-C stops training after the current batch; press it again to quit",
            "at once.",
            "Exit codes: 0 success, 2 the script is wrong, 1 a failure while running,",
            "130 interrupted."
        })
final class RunCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    private HelpOption help;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ScriptFile script;

    @Mixin
    private RunSettingsOptions settings;

    @Option(
            names = "--engine",
            paramLabel = "ENGINE",
            defaultValue = "local",
            description = "local (the default) or spark: train, evaluate and predict on a Spark cluster.")
    private String engine;

    @Option(
            names = "--master",
            paramLabel = "URL",
            defaultValue = "local[*]",
            description = "With --engine spark: the cluster, such as local[4] or spark://host:7077 (default local[*]).")
    private String master;

    @Option(
            names = "--partitions",
            paramLabel = "P",
            defaultValue = "2",
            description = "With --engine spark: partitions the training rows are dealt into (default 2).")
    private int partitions;

    @Option(
            names = "--sync-every",
            paramLabel = "K",
            defaultValue = "8",
            description = "With --engine spark: local steps between two averagings of the weights (default 8).")
    private int syncEvery;

    @Option(
            names = "--watch",
            arity = "0..1",
            paramLabel = "PORT",
            preprocessor = OptionalPort.class,
            description = "Serve a live page of training on 127.0.0.1 (a free port unless given); prints its address.")
    private Integer watchPort;

    @Option(names = "--watch-keep", description = "With --watch: keep the page up after the run, until Ctrl-C.")
    private boolean watchKeep;

    RunCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        settings.validate(context);
        Locale language = settings.locale(context);
        if (!engine.equals("local") && !engine.equals("spark")) {
            throw new ParameterException(spec.commandLine(), Messages.in(language, "cli.engine", engine));
        }
        if (partitions < 1 || syncEvery < 1) {
            throw new ParameterException(
                    spec.commandLine(),
                    Messages.in(
                            language,
                            "cli.at_least_one",
                            partitions < 1 ? "--partitions" : "--sync-every",
                            String.valueOf(Math.min(partitions, syncEvery))));
        }
        if (engine.equals("spark")) {
            context.err().println(Messages.in(language, "cli.spark_missing"));
            return ScriptRunner.SCRIPT_ERROR;
        }
        String problem = script.problem(language);
        if (problem != null) {
            context.err().println("nn: " + problem);
            return ScriptRunner.SCRIPT_ERROR;
        }
        RunOptions options = settings.options(context).build();
        ScriptRunner runner = new ScriptRunner(options);
        if (watchKeep && watchPort == null) {
            throw new ParameterException(spec.commandLine(), Messages.in(language, "cli.watch_keep"));
        }
        if (watchPort != null && (watchPort < 0 || watchPort > 65_535)) {
            throw new ParameterException(
                    spec.commandLine(), Messages.in(language, "cli.watch_port", String.valueOf(watchPort)));
        }
        WatchedRun watched = new WatchedRun(context.err(), language);
        WatchServer watch = watchPort == null ? null : watched.start(runner, watchPort);
        if (watchPort != null && watch == null) {
            return ScriptRunner.FAILED;
        }
        try {
            int status;
            try (CtrlC ignored = CtrlC.install(runner::cancel, context.err(), language)) {
                status = runner.run(script.path());
            }
            if (watch != null && watchKeep) {
                watched.keep(watch);
            }
            return status;
        } finally {
            if (watch != null) {
                watch.close();
            }
        }
    }
}
