package dev.neurona.lang.check;

import dev.neurona.lang.check.value.Value;
import dev.neurona.runtime.i18n.Text;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A fixed set of words an option chooses between, such as {@code normalize standard|minmax|none}.
 *
 * @param <T> what a word stands for
 */
final class Choices<T> {

    private final Function<String, Text> unknown;
    private final Map<String, T> words = new LinkedHashMap<>();

    /** @param unknown the sentence for a word not among the choices: {@code unknown normalization 'x'} */
    Choices(Function<String, Text> unknown) {
        this.unknown = unknown;
    }

    Choices<T> add(String word, T meaning) {
        words.put(word, meaning);
        return this;
    }

    /** Reads the one word of an option line. */
    Optional<T> read(EntryArgs args, CheckContext context) {
        return args.one(Text.of("check.phrase.one_of", String.join(", ", words.keySet())), context.problems())
                .flatMap(value -> read(value, context));
    }

    Optional<T> read(Value value, CheckContext context) {
        Optional<Value.Word> word =
                context.expect().word(value, Text.of("check.phrase.one_of", String.join(", ", words.keySet())));
        if (word.isEmpty()) {
            return Optional.empty();
        }
        T meaning = words.get(word.get().text());
        if (meaning == null) {
            context.problems()
                    .unknown(unknown.apply(word.get().text()), word.get().text(), value.span(), words.keySet());
        }
        return Optional.ofNullable(meaning);
    }
}
