package dev.neurona.lang.diag;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean ...?": the known word closest to a misspelt one. */
public final class Suggestions {
    /**
     * The longest word looked at: no keyword or name anyone mistypes is longer, and edit distance
     * takes time proportional to the square of the length (a 1 MB identifier would take minutes).
     */
    public static final int LONGEST_WORD = 64;

    private Suggestions() {}

    /**
     * The candidate nearest to {@code word} by Levenshtein distance, ignoring case, if it is near
     * enough to be a likely typo: at most {@link #maxDistance(int)} edits away. Among equally near
     * candidates one with the same first letter wins ({@code rlu} suggests {@code relu}, not
     * {@code elu}), then the alphabetically first, so the answer never depends on the
     * collection's order. A word longer than {@link #LONGEST_WORD} gets no suggestion. This is
     * the one nearest-word rule: the checker, the parser, the REPL and the command line all ask it.
     */
    public static Optional<String> nearest(String word, Collection<String> candidates) {
        if (word.length() > LONGEST_WORD) {
            return Optional.empty();
        }
        String lower = word.toLowerCase(Locale.ROOT);
        int limit = maxDistance(word.length());
        LevenshteinDistance distance = new LevenshteinDistance(limit);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean bestSameStart = false;
        for (String candidate : candidates) {
            int d = distance.apply(lower, candidate.toLowerCase(Locale.ROOT));
            if (d < 0) {
                continue; // further than the limit
            }
            boolean sameStart = sameStart(word, candidate);
            if (best == null
                    || d < bestDistance
                    || (d == bestDistance && sameStart && !bestSameStart)
                    || (d == bestDistance && sameStart == bestSameStart && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = d;
                bestSameStart = sameStart;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean sameStart(String word, String candidate) {
        return !word.isEmpty()
                && !candidate.isEmpty()
                && Character.toLowerCase(word.charAt(0)) == Character.toLowerCase(candidate.charAt(0));
    }

    /**
     * {@code message} followed by {@code ; did you mean 'x'?} when a candidate is near
     * {@code word}, otherwise {@code message} unchanged:
     * {@code unknown optimizer 'adma'; did you mean 'adam'?}.
     */
    public static String withSuggestion(String message, String word, Collection<String> candidates) {
        return nearest(word, candidates)
                .map(candidate -> message + "; did you mean '" + candidate + "'?")
                .orElse(message);
    }

    /**
     * How many edits still count as a typo of a word of this length: 1 for one or two letters,
     * 2 up to eight letters (enough for a swapped pair such as {@code trian}), then a third of
     * the length.
     */
    public static int maxDistance(int length) {
        if (length <= 2) {
            return 1;
        }
        return Math.max(2, length / 3);
    }
}
