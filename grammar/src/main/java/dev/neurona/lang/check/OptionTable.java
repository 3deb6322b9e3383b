package dev.neurona.lang.check;

import dev.neurona.lang.ast.Block;
import dev.neurona.lang.ast.Entry;
import dev.neurona.lang.check.value.Evaluator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

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

    private final String what;
    private final Map<String, Handler<D>> handlers = new LinkedHashMap<>();

    /** @param what the options' name in messages, such as {@code train option} */
    OptionTable(String what) {
        this.what = what;
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
                context.problems().unknown(what, name, entry.name().span(), handlers.keySet());
            } else if (seen.containsKey(name)) {
                context.problems()
                        .error(
                                entry.name().span(),
                                "option '" + name + "' is given twice; the first is on line " + seen.get(name));
            } else {
                seen.put(name, entry.span().line());
                handler.read(EntryArgs.of(entry, evaluator), draft, context);
            }
        }
    }
}
