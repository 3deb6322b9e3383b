package dev.neurona.runtime.data;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The sorted names of a column's distinct texts and, for each text's code, its place among them:
 * texts in {@link String#compareTo} order, or numbers by value and named by their plain value,
 * as {@link TargetColumn} sorts classes ({@code 007} and {@code 7} are one class).
 */
final class ClassCodes {
    private final List<String> names;
    private final int[] labels;

    private ClassCodes(List<String> names, int[] labels) {
        this.names = names;
        this.labels = labels;
    }

    static ClassCodes ofTexts(TextCodes codes) {
        Map<String, Integer> index = new TreeMap<>();
        for (int code = 0; code < codes.size(); code++) index.put(codes.text(code), 0);
        List<String> names = TargetColumn.numberInOrder(index);
        int[] labels = new int[codes.size()];
        for (int code = 0; code < codes.size(); code++)
            labels[code] = Objects.requireNonNull(index.get(codes.text(code)));
        return new ClassCodes(names, labels);
    }

    /** For codes that are all numbers. */
    static ClassCodes ofNumbers(TextCodes codes) {
        Map<BigDecimal, Integer> index = new TreeMap<>();
        for (int code = 0; code < codes.size(); code++) index.put(TargetColumn.value(codes.text(code)), 0);
        List<String> names = TargetColumn.numberInOrder(index).stream()
                .map(BigDecimal::toPlainString)
                .toList();
        int[] labels = new int[codes.size()];
        for (int code = 0; code < codes.size(); code++)
            labels[code] = Objects.requireNonNull(index.get(TargetColumn.value(codes.text(code))));
        return new ClassCodes(names, labels);
    }

    List<String> names() {
        return names;
    }

    /** The place among {@link #names()} of each code. */
    int[] labels() {
        return labels;
    }

    int label(int code) {
        return labels[code];
    }
}
