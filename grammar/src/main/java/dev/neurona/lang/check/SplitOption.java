package dev.neurona.lang.check;

import dev.neurona.lang.ast.Arg;
import dev.neurona.lang.ast.Clause;
import dev.neurona.lang.ast.PositionalArg;
import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.lang.check.value.Evaluator;
import dev.neurona.lang.check.value.Numbers;
import dev.neurona.lang.check.value.Problems;
import dev.neurona.lang.check.value.Value;
import dev.neurona.runtime.data.DataOptions;
import dev.neurona.runtime.data.SplitPart;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code split} option of a data block: parts named once each, each with a percentage above
 * 0% and at most 100%, all adding up to exactly 100% (the sum is named when they do not).
 */
final class SplitOption {

    private SplitOption() {}

    /** Reads {@code split train 80%, valid 10%, test 10%} into the draft. */
    static void read(EntryArgs args, DataDraft draft, CheckContext context) {
        Problems problems = context.problems();
        draft.splitFailed = true;
        if (args.entry().clauses().isEmpty()) {
            problems.error(
                    args.afterName(),
                    "expected parts with their shares after 'split', such as: split train 80%, test 20%");
            return;
        }
        int errorsBefore = problems.errorCount();
        Evaluator evaluator = context.evaluator();
        List<SplitPart> parts = new ArrayList<>();
        List<Value.Num> shares = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Clause clause : args.entry().clauses()) {
            part(clause, evaluator, context).ifPresent(part -> {
                if (!names.add(part.name)) {
                    problems.error(part.nameSpan, "split part '" + part.name + "' is named twice");
                } else {
                    parts.add(new SplitPart(part.name, part.share.value()));
                    shares.add(part.share);
                }
            });
        }
        if (problems.errorCount() > errorsBefore) {
            return;
        }
        draft.parts.addAll(parts.stream().map(SplitPart::name).toList());
        draft.splitFailed = !checkTotal(shares, args.entry().span(), problems);
        draft.options.split(parts);
    }

    private record Part(String name, SourceSpan nameSpan, Value.Num share) {}

    private static Optional<Part> part(Clause clause, Evaluator evaluator, CheckContext context) {
        Problems problems = context.problems();
        List<Value> values = new ArrayList<>();
        for (Arg arg : clause.args()) {
            if (!(arg instanceof PositionalArg positional)) {
                problems.error(arg.span(), "expected a part name and its share, such as train 80%");
                return Optional.empty();
            }
            values.add(evaluator.eval(positional.value()));
        }
        Optional<Value.Word> name = context.expect().word(values.get(0), "a part name, such as train");
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String part = name.get().text();
        SourceSpan nameSpan = values.get(0).span();
        if (values.size() < 2) {
            problems.error(
                    SourceSpan.point(nameSpan.endLine(), nameSpan.endColumn()),
                    "expected a share after the part name '" + part + "', such as " + part + " 80%");
            return Optional.empty();
        }
        if (values.size() > 2) {
            problems.error(values.get(2).span(), "too many values for split part '" + part + "'");
            return Optional.empty();
        }
        Value share = values.get(1);
        if (!(share instanceof Value.Num num && num.percent())) {
            return context.expect().wrong(share, "a percentage such as 80% after '" + part + "'");
        }
        if (!(num.value() > 0 && num.value() <= 1)) {
            problems.error(
                    num.span(),
                    "split part '" + part + "' must have a share above 0% and at most 100%, got " + num.describe());
            return Optional.empty();
        }
        return Optional.of(new Part(part, nameSpan, num));
    }

    /** The shares must add up to 100%, exactly when they are written as literals; returns whether they do. */
    private static boolean checkTotal(List<Value.Num> shares, SourceSpan entry, Problems problems) {
        boolean exact = shares.stream().allMatch(share -> share.exact() != null);
        if (exact) {
            BigDecimal total = shares.stream().map(Value.Num::exact).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total.compareTo(BigDecimal.ONE) != 0) {
                problems.error(entry, "the split percentages add up to " + Numbers.percent(total) + ", not 100%");
                return false;
            }
            return true;
        }
        double total = shares.stream().mapToDouble(Value.Num::value).sum();
        if (Math.abs(total - 1) > DataOptions.SPLIT_TOLERANCE) {
            problems.error(entry, "the split percentages add up to " + Numbers.format(total * 100) + "%, not 100%");
            return false;
        }
        return true;
    }
}
