package dev.neurona.repl.console;

import dev.neurona.lang.check.LayerLines;
import dev.neurona.lang.check.words.Activations;
import dev.neurona.lang.check.words.Inits;
import dev.neurona.lang.check.words.Losses;
import dev.neurona.lang.check.words.Metrics;
import dev.neurona.lang.check.words.Optimizers;
import dev.neurona.lang.check.words.Schedules;
import dev.neurona.lang.check.words.WordTable;
import dev.neurona.lang.syntax.NnParser;
import dev.neurona.runtime.data.MissingPolicy;
import dev.neurona.runtime.data.Normalization;
import dev.neurona.runtime.data.Task;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The words of {@code .nn} that completion offers and highlighting marks. Activations, optimizers,
 * losses, schedules, inits and metrics, with their parameter names, come from the checker's own
 * tables; the options of {@code data} and {@code train} blocks are listed here (a test holds them
 * to what the checker accepts).
 */
final class Vocabulary {

    static final List<String> STATEMENTS = NnParser.statementKeywords();
    static final List<String> LAYERS = LayerLines.KEYWORDS;
    static final List<String> DATA_OPTIONS = List.of(
            "target",
            "features",
            "ignore",
            "task",
            "normalize",
            "scale",
            "missing",
            "shuffle",
            "limit",
            "split",
            "stream",
            "shuffle_buffer");
    static final List<String> TRAIN_OPTIONS = List.of(
            "loss",
            "optimizer",
            "epochs",
            "batch",
            "validate",
            "l2",
            "l1",
            "early_stop",
            "schedule",
            "clip_norm",
            "shuffle",
            "checkpoint");
    static final List<String> SWEEP_WORDS = List.of("vary", "select", "min", "max");
    static final List<String> CONNECTIVES = List.of("on", "to", "from", "in", "true", "false");
    static final List<String> SOURCES = List.of("csv", "idx", "mnist", "fashion_mnist", "delimiter", "header");
    static final List<String> PLOT_KINDS = List.of("curves", "weights");
    static final List<String> EARLY_STOP_PARAMETERS = List.of("patience", "monitor", "min_delta");

    private static final List<WordTable<?>> TABLES =
            List.of(Activations.TABLE, Optimizers.TABLE, Losses.TABLE, Schedules.TABLE, Inits.TABLE, Metrics.TABLE);

    private Vocabulary() {}

    /** Words that begin a statement or a block line: what is worth a keyword's colour. */
    static Set<String> keywords() {
        Set<String> words = new LinkedHashSet<>(STATEMENTS);
        words.addAll(LAYERS);
        words.addAll(DATA_OPTIONS);
        words.addAll(TRAIN_OPTIONS);
        words.addAll(SWEEP_WORDS);
        words.addAll(CONNECTIVES);
        return words;
    }

    /** Every word but the statement keywords: what may follow inside a statement. */
    static Set<String> inner() {
        Set<String> words = new LinkedHashSet<>(keywords());
        words.removeAll(STATEMENTS);
        words.addAll(SOURCES);
        words.addAll(PLOT_KINDS);
        words.addAll(EARLY_STOP_PARAMETERS);
        for (WordTable<?> table : TABLES) {
            for (String word : table.words()) {
                words.add(word);
                words.addAll(table.parameters(word));
            }
        }
        for (Task task : Task.values()) {
            words.add(task.keyword());
        }
        for (Normalization normalization : Normalization.values()) {
            words.add(normalization.keyword());
        }
        for (MissingPolicy policy : MissingPolicy.values()) {
            words.add(policy.keyword());
        }
        return words;
    }

    /** The words of the checker's tables (activations, optimizers, ...), without their parameters. */
    static List<String> tableWords() {
        List<String> words = new ArrayList<>();
        TABLES.forEach(table -> words.addAll(table.words()));
        return words;
    }
}
