package dev.neurona.lang.check.value;

import dev.neurona.lang.diag.Suggestions;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The known word nearest to a misspelt one, as {@link Suggestions#nearest} finds it, except that
 * among equally near words one with the same first letter wins: {@code rlu} suggests
 * {@code relu}, not {@code elu}.
 */
public final class Nearest {

    private Nearest() {}

    public static Optional<String> to(String word, Collection<String> candidates) {
        Optional<String> nearest = Suggestions.nearest(word, candidates);
        if (nearest.isEmpty() || word.isEmpty() || sameStart(word, nearest.get())) {
            return nearest;
        }
        Optional<String> sameStart = Suggestions.nearest(
                word,
                candidates.stream()
                        .filter(candidate -> sameStart(word, candidate))
                        .toList());
        if (sameStart.isPresent() && distance(word, sameStart.get()) <= distance(word, nearest.get())) {
            return sameStart;
        }
        return nearest;
    }

    private static boolean sameStart(String word, String candidate) {
        return !candidate.isEmpty()
                && Character.toLowerCase(word.charAt(0)) == Character.toLowerCase(candidate.charAt(0));
    }

    private static int distance(String a, String b) {
        return LevenshteinDistance.getDefaultInstance().apply(a.toLowerCase(Locale.ROOT), b.toLowerCase(Locale.ROOT));
    }
}
