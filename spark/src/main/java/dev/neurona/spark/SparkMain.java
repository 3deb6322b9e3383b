package dev.neurona.spark;

import dev.neurona.runtime.i18n.Language;
import dev.neurona.runtime.i18n.Messages;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The command line for clusters, for {@code spark-submit} or {@code nn run --engine spark}:
 * <pre>
 *   run SCRIPT.nn [--master URL] [--partitions P] [--sync-every K] [--seed N] [--lang en|es] [--conf KEY=VALUE]...
 * </pre>
 * Without {@code --master}, the master is the one {@code spark-submit} set. P defaults to 2
 * and K to 1 (average after every step). Each {@code --conf} is a Spark setting
 * ({@code spark.executor.memory=2g}), as spark-submit's {@code --conf}. {@code --lang} chooses the
 * language of every message, as in {@code nn run}; without it the locale does ({@code LC_ALL},
 * {@code LC_MESSAGES}, {@code LANG}). The script itself is run by the interpreter's
 * {@link ScriptRunner}; until an interpreter providing one is on the class path, this says so
 * and exits with 1.
 */
public final class SparkMain {
    static final String USAGE = Messages.english().text("spark.usage");

    private SparkMain() {}

    /**
     * The parsed command line.
     *
     * @param language the {@code --lang} given, or null for the locale's
     */
    record Arguments(
            Path script,
            @Nullable String master,
            int partitions,
            int syncEvery,
            @Nullable Long seed,
            Map<String, String> settings,
            @Nullable Locale language) {
        Arguments(Path script, @Nullable String master, int partitions, int syncEvery, @Nullable Long seed) {
            this(script, master, partitions, syncEvery, seed, Map.of(), null);
        }
    }

    public static void main(String[] args) {
        System.exit(run(args, ScriptRunner.find(), System.err));
    }

    /** Runs the command and returns its exit code; messages go to {@code err}. */
    static int run(String[] args, Optional<ScriptRunner> runner, PrintStream err) {
        Messages messages = Messages.of(language(args));
        Arguments arguments;
        try {
            arguments = parse(args, messages);
        } catch (IllegalArgumentException e) {
            err.println(messages.text("spark.error", String.valueOf(e.getMessage())));
            err.println(messages.text("spark.usage"));
            return 2;
        }
        if (!Files.isRegularFile(arguments.script())) {
            err.println(messages.text("spark.error", messages.text("spark.no_script", arguments.script())));
            return 2;
        }
        if (runner.isEmpty()) {
            err.println(messages.text("spark.error", messages.text("spark.no_interpreter")));
            return 1;
        }
        SparkCluster connected;
        try {
            connected = SparkCluster.connect(
                    arguments.master(), "neurona " + arguments.script().getFileName(), arguments.settings());
        } catch (ClusterException e) {
            err.println(messages.text("spark.error", e.text().in(messages)));
            return 1;
        }
        try (SparkCluster cluster = connected) {
            cluster.warning().ifPresent(warning -> err.println(messages.text("spark.warning", warning.in(messages))));
            SparkEngine engine = cluster.engine(arguments.partitions(), arguments.syncEvery());
            return runner.get().run(arguments.script(), arguments.seed(), messages.locale(), cluster, engine);
        }
    }

    /**
     * The language of the messages: the value of the first {@code --lang}, else the locale's; English
     * for a value it does not know, which {@link #parse} then reports.
     */
    static Locale language(String[] args) {
        String option = null;
        for (int i = 0; i + 1 < args.length && option == null; i++) {
            if (args[i].equals("--lang")) option = args[i + 1];
        }
        try {
            return option != null
                    ? Language.of(option)
                    : Language.fromEnvironment(System.getenv(), Locale.getDefault());
        } catch (IllegalArgumentException e) {
            return Language.ENGLISH;
        }
    }

    /** {@link #parse(String[], Messages)} with English messages. */
    static Arguments parse(String[] args) {
        return parse(args, Messages.english());
    }

    /** @throws IllegalArgumentException naming, in {@code messages}' language, what is wrong with the command line */
    static Arguments parse(String[] args, Messages messages) {
        if (args.length == 0 || !args[0].equals("run")) {
            throw new IllegalArgumentException(messages.text("spark.not_run"));
        }
        if (args.length < 2 || args[1].startsWith("--")) {
            throw new IllegalArgumentException(messages.text("spark.needs_script"));
        }
        Path script = Path.of(args[1]);
        String master = null;
        int partitions = 2;
        int syncEvery = 1;
        Long seed = null;
        Locale language = null;
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 2; i < args.length; i += 2) {
            String option = args[i];
            if (i + 1 >= args.length) throw new IllegalArgumentException(messages.text("spark.needs_value", option));
            String value = args[i + 1];
            switch (option) {
                case "--master" -> master = value;
                case "--partitions" -> partitions = positive(option, value, messages);
                case "--sync-every" -> syncEvery = positive(option, value, messages);
                case "--seed" -> seed = number(option, value, messages);
                case "--lang" -> language = Language.of(value);
                case "--conf" -> {
                    int equals = value.indexOf('=');
                    if (equals < 1) throw new IllegalArgumentException(messages.text("spark.conf", value));
                    settings.put(value.substring(0, equals), value.substring(equals + 1));
                }
                default -> throw new IllegalArgumentException(messages.text("spark.unknown_option", option));
            }
        }
        return new Arguments(
                script, master, partitions, syncEvery, seed, java.util.Collections.unmodifiableMap(settings), language);
    }

    private static int positive(String option, String value, Messages messages) {
        long number = number(option, value, messages);
        if (number < 1 || number > Integer.MAX_VALUE)
            throw new IllegalArgumentException(messages.text("spark.at_least_one", option, value));
        return (int) number;
    }

    private static long number(String option, String value, Messages messages) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(messages.text("spark.whole_number", option, value));
        }
    }
}
