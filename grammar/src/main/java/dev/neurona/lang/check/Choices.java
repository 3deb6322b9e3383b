package dev.neurona.lang.check;

import dev.neurona.lang.check.value.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A fixed set of words an option chooses between, such as {@code normalize standard|minmax|none}.
 *
 * @param <T> what a word stands for
 */
final class Choices<T> {

    private final String what;
    private final Map<String, T> words = new LinkedHashMap<>();

    /** @param what the choice's name in messages: {@code normalization} */
    Choices(String what) {
        this.what = what;
    }

    Choices<T> add(String word, T meaning) {
        words.put(word, meaning);
        return this;
    }

    /** Reads the one word of an option line. */
    Optional<T> read(EntryArgs args, CheckContext context) {
        return args.one("one of " + String.join(", ", words.keySet()), context.problems())
                .flatMap(value -> read(value, context));
    }

    Optional<T> read(Value value, CheckContext context) {
        Optional<Value.Word> word = context.expect().word(value, "one of " + String.join(", ", words.keySet()));
        if (word.isEmpty()) {
            return Optional.empty();
        }
        T meaning = words.get(word.get().text());
        if (meaning == null) {
            context.problems().unknown(what, word.get().text(), value.span(), words.keySet());
        }
        return Optional.ofNullable(meaning);
    }
}
