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
import dev.neurona.runtime.i18n.Text;
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
            problems.error(args.afterName(), Text.of("check.split.expected"));
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
                    problems.error(part.nameSpan, Text.of("check.split.twice", part.name));
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
                problems.error(arg.span(), Text.of("check.split.part_expected"));
                return Optional.empty();
            }
            values.add(evaluator.eval(positional.value()));
        }
        Optional<Value.Word> name = context.expect().word(values.get(0), Text.of("check.split.part_name"));
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String part = name.get().text();
        SourceSpan nameSpan = values.get(0).span();
        if (values.size() < 2) {
            problems.error(
                    SourceSpan.point(nameSpan.endLine(), nameSpan.endColumn()),
                    Text.of("check.split.share_expected", part));
            return Optional.empty();
        }
        if (values.size() > 2) {
            problems.error(values.get(2).span(), Text.of("check.split.too_many", part));
            return Optional.empty();
        }
        Value share = values.get(1);
        if (!(share instanceof Value.Num num && num.percent())) {
            return context.expect().wrong(share, Text.of("check.split.percentage_after", part));
        }
        if (!(num.value() > 0 && num.value() <= 1)) {
            problems.error(num.span(), Text.of("check.split.share_range", part, num.describe()));
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
                problems.error(entry, Text.of("check.split.total", Numbers.percent(total)));
                return false;
            }
            return true;
        }
        double total = shares.stream().mapToDouble(Value.Num::value).sum();
        if (Math.abs(total - 1) > DataOptions.SPLIT_TOLERANCE) {
            problems.error(entry, Text.of("check.split.total", Numbers.format(total * 100) + "%"));
            return false;
        }
        return true;
    }
}
