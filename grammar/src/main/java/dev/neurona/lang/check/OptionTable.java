package dev.neurona.lang.check;

import dev.neurona.lang.ast.Block;
import dev.neurona.lang.ast.Entry;
import dev.neurona.lang.check.value.Evaluator;
import dev.neurona.runtime.i18n.Text;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The options one kind of block accepts, each read by its own handler into a draft. Unknown
 * options get the nearest known one; an option given twice is an error.
 *
 * @param <D> what the handlers fill in
 */
final class OptionTable<D> {

    /** Reads one option line into the draft, reporting what is wrong with it. */
    @FunctionalInterface
    interface Handler<D> {
        void read(EntryArgs args, D draft, CheckContext context);
    }

    private final Function<String, Text> unknown;
    private final Map<String, Handler<D>> handlers = new LinkedHashMap<>();

    /** @param unknown the sentence for a name not among the options: {@code unknown train option 'x'} */
    OptionTable(Function<String, Text> unknown) {
        this.unknown = unknown;
    }

    OptionTable<D> add(String option, Handler<D> handler) {
        handlers.put(option, handler);
        return this;
    }

    /** The option names this table knows, in the order they were added. */
    Set<String> options() {
        return handlers.keySet();
    }

    void read(Block block, D draft, CheckContext context, Evaluator evaluator) {
        Map<String, Integer> seen = new HashMap<>();
        for (Entry entry : block.entries()) {
            String name = entry.name().name();
            Handler<D> handler = handlers.get(name);
            if (handler == null) {
                context.problems()
                        .unknown(unknown.apply(name), name, entry.name().span(), handlers.keySet());
            } else if (seen.containsKey(name)) {
                context.problems()
                        .error(
                                entry.name().span(),
                                Text.of("check.option_twice", name, String.valueOf(seen.get(name))));
            } else {
                seen.put(name, entry.span().line());
                handler.read(EntryArgs.of(entry, evaluator), draft, context);
            }
        }
    }
}
