package dev.neurona.lang.check;

import dev.neurona.lang.ast.Arg;
import dev.neurona.lang.ast.Entry;
import dev.neurona.lang.ast.NamedArg;
import dev.neurona.lang.ast.PositionalArg;
import dev.neurona.lang.ast.Preposition;
import dev.neurona.lang.ast.PrepositionArg;
import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.lang.check.value.Evaluator;
import dev.neurona.lang.check.value.Problems;
import dev.neurona.lang.check.value.Value;
import dev.neurona.runtime.i18n.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The evaluated items of one block entry, sorted by kind: plain values ({@code 64 relu}), named
 * values ({@code init=he}) and values after a preposition ({@code on digits.valid}). Options
 * take what they expect and report the rest.
 */
final class EntryArgs {

    /** A value after a preposition. */
    record Introduced(Preposition preposition, Value value, SourceSpan span) {}

    private final Entry entry;
    private final List<Value> positional = new ArrayList<>();
    private final List<Value.Named> named = new ArrayList<>();
    private final List<Introduced> introduced = new ArrayList<>();

    private EntryArgs(Entry entry) {
        this.entry = entry;
    }

    static EntryArgs of(Entry entry, Evaluator evaluator) {
        EntryArgs args = new EntryArgs(entry);
        for (Arg arg : entry.args()) {
            if (arg instanceof PositionalArg value) {
                args.positional.add(evaluator.eval(value.value()));
            } else if (arg instanceof NamedArg name) {
                args.named.add(new Value.Named(name.name(), evaluator.eval(name.value())));
            } else {
                PrepositionArg prep = (PrepositionArg) arg;
                args.introduced.add(new Introduced(prep.preposition(), evaluator.eval(prep.value()), prep.span()));
            }
        }
        return args;
    }

    Entry entry() {
        return entry;
    }

    String name() {
        return entry.name().name();
    }

    List<Value> positional() {
        return positional;
    }

    List<Value.Named> named() {
        return named;
    }

    List<Introduced> introduced() {
        return introduced;
    }

    boolean isBare() {
        return positional.isEmpty() && named.isEmpty() && introduced.isEmpty();
    }

    /** The place right after the entry's name, where a missing value is reported. */
    SourceSpan afterName() {
        return CheckContext.after(entry.name());
    }

    /**
     * The one plain value this entry takes, such as the 10 of {@code epochs 10}; reports a missing
     * value ({@code expected a number of epochs after 'epochs'}) and anything more.
     *
     * @param expected what belongs after the name, such as {@code a number of epochs}
     */
    Optional<Value> one(Text expected, Problems problems) {
        if (positional.isEmpty()) {
            if (introduced.isEmpty() && named.isEmpty()) {
                problems.error(afterName(), Text.of("check.expected_after", expected, name()));
            }
            rejectExtras(0, problems);
            return Optional.empty();
        }
        rejectExtras(1, problems);
        return Optional.of(positional.get(0));
    }

    /** Reports plain values after the first {@code allowed}, and every named or introduced value. */
    void rejectExtras(int allowed, Problems problems) {
        rejectPositional(allowed, problems);
        rejectNamed(problems);
        rejectIntroduced(problems);
    }

    void rejectPositional(int allowed, Problems problems) {
        if (positional.size() > allowed) {
            problems.error(positional.get(allowed).span(), Text.of("check.too_many_values", name()));
        }
    }

    void rejectNamed(Problems problems) {
        for (Value.Named arg : named) {
            problems.error(
                    arg.name().span(),
                    Text.of("check.no_argument_named", name(), arg.name().name()));
        }
    }

    void rejectIntroduced(Problems problems) {
        for (Introduced prep : introduced) {
            problems.error(
                    prep.span(),
                    Text.of("check.unexpected_after", prep.preposition().word(), name()));
        }
    }
}
