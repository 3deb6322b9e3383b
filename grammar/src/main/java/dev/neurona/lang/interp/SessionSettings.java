package dev.neurona.lang.interp;

import dev.neurona.lang.RunOptions;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How a session runs.
 *
 * @param out          epoch lines, reports, printed values
 * @param err          diagnostics and failures
 * @param seedOverride replaces the value of every {@code seed} statement (and the default 42), or null
 * @param threads      compute threads for the models the session makes; 0 for one per core
 * @param quiet        print only final figures: no epoch lines but the last
 * @param terminal     output is an interactive terminal, so a progress line may show each epoch
 * @param dataDir      where the well-known data sets live
 * @param baseDir      the directory relative paths start from: the script's, or the working directory
 * @param repl         REPL rules: defining a name again is normal, not worth a warning
 * @param locale       the language users read at first ({@link Session#language(Locale)} changes it)
 */
public record SessionSettings(
        PrintStream out,
        PrintStream err,
        @Nullable Long seedOverride,
        int threads,
        boolean quiet,
        boolean terminal,
        Path dataDir,
        Path baseDir,
        boolean repl,
        Locale locale) {

    /** Settings in the language of the environment ({@link RunOptions#environmentLanguage()}). */
    public SessionSettings(
            PrintStream out,
            PrintStream err,
            @Nullable Long seedOverride,
            int threads,
            boolean quiet,
            boolean terminal,
            Path dataDir,
            Path baseDir,
            boolean repl) {
        this(
                out,
                err,
                seedOverride,
                threads,
                quiet,
                terminal,
                dataDir,
                baseDir,
                repl,
                RunOptions.environmentLanguage());
    }

    /** Settings for running a script from {@code baseDir} with the command line's options. */
    public static SessionSettings of(RunOptions options, Path baseDir, boolean repl) {
        return new SessionSettings(
                options.out(),
                options.err(),
                options.seed(),
                options.threads(),
                options.quiet(),
                options.terminal(),
                options.dataDir(),
                baseDir,
                repl,
                options.locale());
    }
}
