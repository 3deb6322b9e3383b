package dev.neurona.lang.check.words;

import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.lang.check.value.Expect;
import dev.neurona.lang.check.value.Signature;
import dev.neurona.lang.check.value.Value;
import dev.neurona.runtime.i18n.Text;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The words of one family (activations, losses, optimizers, ...), each with its parameters and
 * the runtime spec it makes. A word is written bare ({@code relu}, {@code adam}) or called with
 * arguments ({@code leaky_relu(0.1)}, {@code adam(lr=0.001)}); a bare word takes the defaults.
 *
 * @param <T> the spec a word becomes
 */
public final class WordTable<T> {

    private final Function<String, Text> unknown;
    private final Text expected;
    private final Map<String, Word<T>> words = new LinkedHashMap<>();

    /**
     * @param unknown  the sentence for a word not in the family: {@code unknown optimizer 'adma'}
     * @param expected the family with a typical use, shown when the value is not a word at all:
     *     {@code an optimizer such as adam(lr=0.001)}
     */
    public WordTable(Function<String, Text> unknown, Text expected) {
        this.unknown = unknown;
        this.expected = expected;
    }

    public WordTable<T> add(String word, Function<Signature.Bound, T> make, Signature.Param... params) {
        words.put(word, new Word<>(new Signature(word, Arrays.asList(params)), make));
        return this;
    }

    /** The words of this family, for completion. */
    public Set<String> words() {
        return words.keySet();
    }

    /** The parameter names of one word, in positional order. */
    public List<String> parameters(String word) {
        return Objects.requireNonNull(words.get(word), word).signature.names();
    }

    /**
     * Reads a bare or called word of this family.
     *
     * @return the spec, or empty after reporting what is wrong (unknown word, bad argument)
     */
    public Optional<T> read(Value value, Expect expect) {
        if (value instanceof Value.Word word && !word.isDotted()) {
            Word<T> known = lookup(word.text(), word.span(), expect);
            if (known == null) {
                return Optional.empty();
            }
            return known.signature
                    .bind(List.of(), List.of(), word.span(), expect)
                    .map(known.make);
        }
        if (value instanceof Value.Invocation call) {
            Word<T> known = lookup(call.callee().name(), call.callee().span(), expect);
            if (known == null) {
                return Optional.empty();
            }
            return known.signature
                    .bind(call.positional(), call.named(), call.span(), expect)
                    .map(known.make);
        }
        return expect.wrong(value, expected);
    }

    private @Nullable Word<T> lookup(String name, SourceSpan where, Expect expect) {
        Word<T> known = words.get(name);
        if (known == null) {
            expect.problems().unknown(unknown.apply(name), name, where, words.keySet());
        }
        return known;
    }

    private record Word<T>(Signature signature, Function<Signature.Bound, T> make) {}
}
