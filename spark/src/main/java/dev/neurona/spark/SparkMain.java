package dev.neurona.spark;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The command line for clusters, for {@code spark-submit} or {@code nn run --engine spark}:
 * <pre>
 *   run SCRIPT.nn [--master URL] [--partitions P] [--sync-every K] [--seed N] [--conf KEY=VALUE]...
 * </pre>
 * Without {@code --master}, the master is the one {@code spark-submit} set. P defaults to 2
 * and K to 1 (average after every step). Each {@code --conf} is a Spark setting
 * ({@code spark.executor.memory=2g}), as spark-submit's {@code --conf}. The script itself is run by the interpreter's
 * {@link ScriptRunner}; until an interpreter providing one is on the class path, this says so
 * and exits with 1.
 */
public final class SparkMain {
    static final String USAGE =
            "usage: run SCRIPT.nn [--master URL] [--partitions P] [--sync-every K] [--seed N] [--conf KEY=VALUE]...";

    private SparkMain() {}

    /** The parsed command line. */
    record Arguments(
            Path script, String master, int partitions, int syncEvery, Long seed, Map<String, String> settings) {
        Arguments(Path script, String master, int partitions, int syncEvery, Long seed) {
            this(script, master, partitions, syncEvery, seed, Map.of());
        }
    }

    public static void main(String[] args) {
        System.exit(run(args, ScriptRunner.find(), System.err));
    }

    /** Runs the command and returns its exit code; messages go to {@code err}. */
    static int run(String[] args, Optional<ScriptRunner> runner, PrintStream err) {
        Arguments arguments;
        try {
            arguments = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (!Files.isRegularFile(arguments.script())) {
            err.println("error: script '" + arguments.script() + "' does not exist");
            return 2;
        }
        if (runner.isEmpty()) {
            err.println(
                    "error: no script interpreter is on the class path; put the Neurona language jar beside this one");
            return 1;
        }
        SparkCluster connected;
        try {
            connected = SparkCluster.connect(
                    arguments.master(), "neurona " + arguments.script().getFileName(), arguments.settings());
        } catch (ClusterException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
        try (SparkCluster cluster = connected) {
            cluster.warning().ifPresent(warning -> err.println("warning: " + warning));
            SparkEngine engine = cluster.engine(arguments.partitions(), arguments.syncEvery());
            return runner.get().run(arguments.script(), arguments.seed(), cluster, engine);
        }
    }

    /** @throws IllegalArgumentException naming what is wrong with the command line */
    static Arguments parse(String[] args) {
        if (args.length == 0 || !args[0].equals("run")) throw new IllegalArgumentException("the command is 'run'");
        if (args.length < 2 || args[1].startsWith("--")) throw new IllegalArgumentException("run needs a script");
        Path script = Path.of(args[1]);
        String master = null;
        int partitions = 2;
        int syncEvery = 1;
        Long seed = null;
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 2; i < args.length; i += 2) {
            String option = args[i];
            if (i + 1 >= args.length) throw new IllegalArgumentException(option + " needs a value");
            String value = args[i + 1];
            switch (option) {
                case "--master" -> master = value;
                case "--partitions" -> partitions = positive(option, value);
                case "--sync-every" -> syncEvery = positive(option, value);
                case "--seed" -> seed = number(option, value);
                case "--conf" -> {
                    int equals = value.indexOf('=');
                    if (equals < 1)
                        throw new IllegalArgumentException(
                                "--conf takes KEY=VALUE, e.g. spark.executor.memory=2g, not '" + value + "'");
                    settings.put(value.substring(0, equals), value.substring(equals + 1));
                }
                default -> throw new IllegalArgumentException("unknown option '" + option + "'");
            }
        }
        return new Arguments(
                script, master, partitions, syncEvery, seed, java.util.Collections.unmodifiableMap(settings));
    }

    private static int positive(String option, String value) {
        long number = number(option, value);
        if (number < 1 || number > Integer.MAX_VALUE)
            throw new IllegalArgumentException(option + " must be at least 1, not " + value);
        return (int) number;
    }

    private static long number(String option, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a whole number, not '" + value + "'");
        }
    }
}
