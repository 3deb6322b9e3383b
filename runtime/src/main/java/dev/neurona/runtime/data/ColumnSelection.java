package dev.neurona.runtime.data;

import dev.neurona.runtime.i18n.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which CSV columns are the target and the features, from the {@code target}, {@code features}
 * and {@code ignore} options: the target defaults to the last column; the features default to
 * every other column not ignored, in file order, and otherwise come in the order listed.
 *
 * @param target   the target's column index
 * @param features the feature columns' indices, in the order the model sees them
 */
record ColumnSelection(int target, int[] features) {

    /** @throws DataException naming the culprit when a named column does not exist or options contradict each other */
    static ColumnSelection resolve(String file, List<String> names, DataOptions options) {
        int target = options.target() == null ? names.size() - 1 : indexOf(file, names, options.target(), "target");
        String targetName = names.get(target);
        Set<Integer> ignored = new HashSet<>();
        for (String name : options.ignore()) {
            int column = indexOf(file, names, name, "ignore");
            if (column == target) {
                throw new DataException(Text.of("csv.target_ignored", file, name));
            }
            ignored.add(column);
        }
        List<Integer> features = new ArrayList<>();
        if (options.features().isEmpty()) {
            for (int c = 0; c < names.size(); c++)
                if (c != target && !ignored.contains(c)) {
                    features.add(c);
                }
        } else {
            for (String name : options.features()) {
                int column = indexOf(file, names, name, "features");
                if (column == target) {
                    throw new DataException(Text.of("csv.target_feature", file, name));
                }
                if (ignored.contains(column)) {
                    throw new DataException(Text.of("csv.feature_ignored", file, name));
                }
                if (features.contains(column)) {
                    throw new DataException(Text.of("csv.feature_twice", file, name));
                }
                features.add(column);
            }
        }
        if (features.isEmpty()) {
            throw new DataException(Text.of("csv.no_features", file, targetName));
        }
        return new ColumnSelection(
                target, features.stream().mapToInt(Integer::intValue).toArray());
    }

    private static int indexOf(String file, List<String> names, String name, String option) {
        int column = names.indexOf(name);
        if (column < 0) {
            throw new DataException(Text.of("csv.no_such_column", file, name, option, String.join(", ", names)));
        }
        return column;
    }
}
