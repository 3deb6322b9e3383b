package dev.neurona.lang.check;

import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.lang.check.value.Problems;
import dev.neurona.lang.diag.Suggestions;
import dev.neurona.runtime.i18n.Text;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the columns a data block names against the CSV file's header: each must exist (else the
 * nearest one is suggested), the target cannot also be a feature or ignored, a feature cannot be
 * listed twice or ignored, and some feature must be left. These are the rules the CSV loader
 * applies, found here before anything runs.
 */
final class CsvColumnsCheck {

    private static final int LISTED_COLUMNS = 12;

    private CsvColumnsCheck() {}

    /** @return whether every rule holds */
    static boolean check(String file, List<String> header, DataDraft draft, SourceSpan dataName, Problems problems) {
        int errorsBefore = problems.errorCount();
        if (draft.target != null) {
            exists(file, header, draft.target, problems);
        }
        draft.features.forEach(column -> exists(file, header, column, problems));
        draft.ignore.forEach(column -> exists(file, header, column, problems));
        if (problems.errorCount() > errorsBefore) {
            return false;
        }
        String target = draft.target != null ? draft.target.name() : header.get(header.size() - 1);
        Set<String> ignored = new HashSet<>();
        for (ColumnName column : draft.ignore) {
            if (column.name().equals(target)) {
                problems.error(column.span(), Text.of("check.column.target_ignored", target));
            }
            ignored.add(column.name());
        }
        Set<String> features = new HashSet<>();
        for (ColumnName column : draft.features) {
            if (column.name().equals(target)) {
                problems.error(column.span(), Text.of("check.column.target_feature", target));
            } else if (ignored.contains(column.name())) {
                problems.error(column.span(), Text.of("check.column.feature_ignored", column.name()));
            } else if (!features.add(column.name())) {
                problems.error(column.span(), Text.of("check.column.twice", column.name()));
            }
        }
        if (problems.errorCount() > errorsBefore) {
            return false;
        }
        boolean anyLeft = !draft.features.isEmpty()
                || header.stream().anyMatch(name -> !name.equals(target) && !ignored.contains(name));
        if (!anyLeft) {
            problems.error(dataName, Text.of("check.column.none_left", file, target));
            return false;
        }
        return true;
    }

    private static void exists(String file, List<String> header, ColumnName column, Problems problems) {
        if (header.contains(column.name())) {
            return;
        }
        Text message = Text.of("check.column.missing", file, column.name());
        Optional<String> near = Suggestions.nearest(column.name(), header);
        if (near.isPresent()) {
            problems.error(column.span(), Text.of("check.did_you_mean", message, near.get()));
        } else {
            List<String> shown = header.size() > LISTED_COLUMNS ? header.subList(0, LISTED_COLUMNS) : header;
            problems.error(
                    column.span(),
                    message,
                    Text.of(
                            "check.column.columns_are",
                            String.join(", ", shown) + (header.size() > LISTED_COLUMNS ? ", ..." : "")));
        }
    }
}
