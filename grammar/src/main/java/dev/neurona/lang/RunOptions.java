package dev.neurona.lang;

import dev.neurona.runtime.i18n.Language;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a script is run: where its output goes and the settings given on the command line, named
 * rather than positional:
 * <pre>{@code
 * RunOptions options = RunOptions.builder().out(out).err(err).seed(7L).threads(1).quiet(true).build();
 * }</pre>
 * Anything not given keeps its default: standard output and error, the script's own seed, one
 * compute thread per core, every line printed, not a terminal, the data folder of
 * {@link #defaultDataDir()} and the language of the environment ({@link #environmentLanguage()}).
 *
 * <p>Immutable and thread-safe; its builder is not thread-safe.
 */
public final class RunOptions {
    private final PrintStream out;
    private final PrintStream err;
    private final @Nullable Long seed;
    private final int threads;
    private final boolean quiet;
    private final boolean terminal;
    private final Path dataDir;
    private final Locale locale;

    private RunOptions(Builder builder) {
        this.out = builder.out;
        this.err = builder.err;
        this.seed = builder.seed;
        this.threads = builder.threads;
        this.quiet = builder.quiet;
        this.terminal = builder.terminal;
        this.dataDir = builder.dataDir != null ? builder.dataDir : defaultDataDir();
        this.locale = builder.locale != null ? builder.locale : environmentLanguage();
    }

    /** A builder with every default (see the class comment). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        Builder builder = new Builder()
                .out(out)
                .err(err)
                .seed(seed)
                .threads(threads)
                .quiet(quiet)
                .terminal(terminal);
        builder.dataDir = dataDir;
        builder.locale = locale;
        return builder;
    }

    /** Every default, printing to standard output and error; a terminal when there is a console. */
    public static RunOptions standard() {
        return builder().terminal(System.console() != null).build();
    }

    /** Epoch lines, reports, printed values. */
    public PrintStream out() {
        return out;
    }

    /** Diagnostics and failures. */
    public PrintStream err() {
        return err;
    }

    /** Replaces the script's {@code seed}, or null to keep it. */
    public @Nullable Long seed() {
        return seed;
    }

    /** Compute threads; 0 for one per core. */
    public int threads() {
        return threads;
    }

    /** Print only the final figures. */
    public boolean quiet() {
        return quiet;
    }

    /** Output is an interactive terminal (live progress lines allowed). */
    public boolean terminal() {
        return terminal;
    }

    /** Where the well-known data sets live ({@code NN_DATA}). */
    public Path dataDir() {
        return dataDir;
    }

    /** The language users read ({@link Language}: English or Spanish). */
    public Locale locale() {
        return locale;
    }

    /** These options in {@code locale}'s language. */
    public RunOptions withLocale(Locale locale) {
        return toBuilder().locale(Language.nearest(locale)).build();
    }

    /** The language {@code LC_ALL}, {@code LC_MESSAGES} or {@code LANG} name, else Java's default. */
    public static Locale environmentLanguage() {
        return Language.fromEnvironment(System.getenv(), Locale.getDefault());
    }

    /** The default data folder: {@code $NN_DATA}, else {@code ~/.neurona/datasets}. */
    public static Path defaultDataDir() {
        String env = System.getenv("NN_DATA");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".neurona", "datasets");
    }

    @Override
    public String toString() {
        return "RunOptions[seed=" + seed + ", threads=" + threads + ", quiet=" + quiet + ", terminal=" + terminal
                + ", dataDir=" + dataDir + ", locale=" + locale + "]";
    }

    /** Collects the options; each setter checks its value. Not thread-safe. */
    public static final class Builder {
        private PrintStream out = System.out;
        private PrintStream err = System.err;
        private @Nullable Long seed;
        private int threads;
        private boolean quiet;
        private boolean terminal;
        private @Nullable Path dataDir;
        private @Nullable Locale locale;

        private Builder() {}

        /** Where epoch lines, reports and printed values go. */
        public Builder out(PrintStream value) {
            out = Objects.requireNonNull(value, "out");
            return this;
        }

        /** Where diagnostics and failures go. */
        public Builder err(PrintStream value) {
            err = Objects.requireNonNull(value, "err");
            return this;
        }

        /** Replaces the script's {@code seed}; null keeps it. */
        public Builder seed(@Nullable Long value) {
            seed = value;
            return this;
        }

        /**
         * Compute threads; 0 for one per core.
         *
         * @throws IllegalArgumentException when {@code value} is negative
         */
        public Builder threads(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("threads must be 0 (one per core) or more, not " + value);
            }
            threads = value;
            return this;
        }

        /** Print only the final figures. */
        public Builder quiet(boolean value) {
            quiet = value;
            return this;
        }

        /** Output is an interactive terminal (live progress lines allowed). */
        public Builder terminal(boolean value) {
            terminal = value;
            return this;
        }

        /** Where the well-known data sets live. */
        public Builder dataDir(Path value) {
            dataDir = Objects.requireNonNull(value, "dataDir");
            return this;
        }

        /** The language users read; Spanish or English ({@link Language}). */
        public Builder locale(Locale value) {
            locale = Objects.requireNonNull(value, "locale");
            return this;
        }

        public RunOptions build() {
            return new RunOptions(this);
        }
    }
}
