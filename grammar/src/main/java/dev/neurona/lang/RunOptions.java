package dev.neurona.lang;

import dev.neurona.runtime.i18n.Language;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How a script is run: where its output goes and the settings given on the command line.
 *
 * @param out      epoch lines, reports, printed values
 * @param err      diagnostics and failures
 * @param seed     replaces the script's {@code seed}, or null to keep it
 * @param threads  compute threads; 0 for one per core
 * @param quiet    print only the final figures
 * @param terminal output is an interactive terminal (live progress lines allowed)
 * @param dataDir  where the well-known data sets live ({@code NN_DATA})
 * @param locale   the language users read ({@link Language}: English or Spanish)
 */
public record RunOptions(
        PrintStream out,
        PrintStream err,
        Long seed,
        int threads,
        boolean quiet,
        boolean terminal,
        Path dataDir,
        Locale locale) {

    /** Options in the language of the environment ({@link Language#fromEnvironment}). */
    public RunOptions(
            PrintStream out, PrintStream err, Long seed, int threads, boolean quiet, boolean terminal, Path dataDir) {
        this(out, err, seed, threads, quiet, terminal, dataDir, environmentLanguage());
    }

    /** The language {@code LC_ALL}, {@code LC_MESSAGES} or {@code LANG} name, else Java's default. */
    public static Locale environmentLanguage() {
        return Language.fromEnvironment(System.getenv(), Locale.getDefault());
    }

    /** These options in {@code locale}'s language. */
    public RunOptions withLocale(Locale locale) {
        return new RunOptions(out, err, seed, threads, quiet, terminal, dataDir, Language.nearest(locale));
    }

    /** The default data folder: {@code $NN_DATA}, else {@code ~/.neurona/datasets}. */
    public static Path defaultDataDir() {
        String env = System.getenv("NN_DATA");
        if (env != null && !env.isBlank()) return Path.of(env);
        return Path.of(System.getProperty("user.home"), ".neurona", "datasets");
    }

    public static RunOptions standard() {
        return new RunOptions(System.out, System.err, null, 0, false, System.console() != null, defaultDataDir());
    }
}
