package dev.neurona.samples.course;

import java.util.ArrayList;
import java.util.List;

/** A line-by-line difference of two texts, as {@code diff -u} shows it but without hunks: every line, marked. */
final class LineDiff {
    private LineDiff() {}

    /**
     * The lines of both texts in order: {@code "  "} before a line both have, {@code "- "} before
     * one only {@code expected} has, {@code "+ "} before one only {@code actual} has.
     */
    static String of(String expected, String actual) {
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                lines.add("  " + a.get(i++));
                j++;
            } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
                lines.add("- " + a.get(i++));
            } else {
                lines.add("+ " + b.get(j++));
            }
        }
        return String.join("\n", lines);
    }
}
