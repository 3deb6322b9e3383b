package dev.neurona.lang.i18n;

import dev.neurona.lang.check.Vocabulary;
import dev.neurona.lang.check.words.Activations;
import dev.neurona.lang.check.words.Inits;
import dev.neurona.lang.check.words.Losses;
import dev.neurona.lang.check.words.Metrics;
import dev.neurona.lang.check.words.Optimizers;
import dev.neurona.lang.check.words.Paddings;
import dev.neurona.lang.check.words.Schedules;
import dev.neurona.lang.check.words.WordTable;
import dev.neurona.lang.syntax.NnParser;
import dev.neurona.runtime.i18n.Language;
import dev.neurona.runtime.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Spanish reader can read: a word of printed output is fine when the Spanish messages
 * use it, when it is a word of the language (a keyword, a layer, an option and the words it
 * takes: code, which stays as it is), when the script or its data hold it (a name, a file, a
 * column, a class, echoed source lines), when it has a digit (a figure, a size, a file such as
 * idx3) or when it is one of a few names that stay as they are in Spanish. Anything else is an
 * English word a user must read.
 */
public final class SpanishReader {

    /** Proper names and terms a Spanish course uses as they are. */
    public static final Set<String> ALLOWED = Set.of(
            "dir",
            "data",
            "mnist",
            "fashion_mnist",
            "softmax",
            "relu",
            "sigmoid",
            "adam",
            "sgd",
            "java",
            "png",
            "html",
            "csv",
            "idx",
            "nn",
            "nnm",
            "onnx",
            "utf");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

    private final Set<String> spanish = new TreeSet<>();

    public SpanishReader() {
        Messages es = Messages.of(Language.SPANISH);
        for (String key : es.keys()) {
            words(es.pattern(key), spanish);
        }
        spanish.addAll(languageWords());
    }

    /** Every word of the .nn language, as the checker's own tables hold them. */
    static Set<String> languageWords() {
        Set<String> words = new TreeSet<>(NnParser.statementKeywords());
        words.addAll(List.of("on", "to", "from", "in", "true", "false", "fresh", "x"));
        for (String layer : Vocabulary.layerKeywords()) {
            words.add(layer);
            for (String option : Vocabulary.layerOptions(layer)) {
                words.add(option);
                words.addAll(Vocabulary.layerOptionValues(option));
            }
        }
        for (String option : Vocabulary.trainOptions()) {
            words.add(option);
            words.addAll(Vocabulary.trainOptionValues(option));
        }
        for (String option : Vocabulary.dataOptions()) {
            words.add(option);
            words.addAll(Vocabulary.dataOptionValues(option));
        }
        words.addAll(Vocabulary.sweepOptions());
        words.addAll(Vocabulary.dataSources());
        words.addAll(Vocabulary.earlyStopParameters());
        words.addAll(Metrics.TABLE.words());
        for (WordTable<?> table : List.of(
                Activations.TABLE,
                Inits.TABLE,
                Losses.TABLE,
                Optimizers.TABLE,
                Schedules.TABLE,
                Paddings.TABLE,
                Metrics.TABLE)) {
            for (String word : table.words()) {
                words.add(word);
                words.addAll(table.parameters(word));
            }
        }
        words.addAll(List.of("max", "min", "row", "weights", "curves", "filters", "maps", "confusion"));
        return words;
    }

    /** The words of {@code output} that are none of the above, in order, without repeats. */
    public Set<String> unreadable(String output, String script) {
        Set<String> known = new TreeSet<>(spanish);
        words(script, known);
        Set<String> found = new TreeSet<>();
        words(output, found);
        Set<String> unknown = new TreeSet<>();
        for (String word : found) {
            if (!known.contains(word) && !ALLOWED.contains(word) && !word.matches(".*\\d.*")) {
                unknown.add(word);
            }
        }
        return unknown;
    }

    private static void words(String text, Set<String> into) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            into.add(m.group().toLowerCase(Locale.ROOT));
        }
    }
}
