package dev.neurona.runtime.data;

import dev.neurona.runtime.Printable;
import dev.neurona.runtime.i18n.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A text feature whose one-hot encoding is wide enough to be worth a word: more than
 * {@link #MANY} categories (one feature each, a float per row and category), or more than
 * {@link #FEW} categories with more than half the rows distinct, which is what an identifier, a
 * name or a free-text column looks like and teaches a model nothing it can use on new rows. (Past
 * {@link #MANY} categories, an identifier-like column is refused outright when the data is read.)
 *
 * @param column     the column's name, as written in the file's header
 * @param categories its distinct texts, so its one-hot features
 * @param rows       the rows of the data set it encodes
 */
public record CategoryWarning(String column, long categories, long rows) {
    /** Categories past which a text feature is warned about whatever its rows. */
    public static final long MANY = 1_000;

    /** Categories past which a text feature with more than half its rows distinct is warned about. */
    public static final long FEW = 20;

    /**
     * The warnings for {@code preprocessing}'s text columns, in column order, at most one each.
     *
     * @param rows the rows the data set holds
     */
    public static List<CategoryWarning> of(Preprocessing preprocessing, long rows) {
        List<CategoryWarning> warnings = new ArrayList<>();
        for (InputColumn column : preprocessing.columns()) {
            long categories = column.categories().size();
            if (column.isCategorical() && isWide(categories, rows)) {
                warnings.add(new CategoryWarning(column.name(), categories, rows));
            }
        }
        return warnings;
    }

    /** Whether {@code categories} texts in {@code rows} rows are worth a warning. */
    static boolean isWide(long categories, long rows) {
        return categories > MANY || categories > FEW && looksLikeAnIdentifier(categories, rows);
    }

    /** More than half the rows distinct. */
    private static boolean looksLikeAnIdentifier(long categories, long rows) {
        return 2 * categories > rows;
    }

    /** What the warning says: how many features the column becomes, and why that is a concern. */
    public Text text() {
        String name = Printable.value(column);
        String count = String.format(Locale.ROOT, "%,d", categories);
        String rowCount = String.format(Locale.ROOT, "%,d", rows);
        if (looksLikeAnIdentifier(categories, rows)) {
            return Text.of("data.categories.identifier", name, count, rowCount);
        }
        return Text.of("data.categories.many", name, count, rowCount, megabytes(floatBytes(categories, rows)));
    }

    /** What to do about it: leave the column out. */
    public Text fix() {
        return Text.of("data.categories.ignore", Printable.value(column));
    }

    /** The bytes of {@code categories × rows} floats, or {@link Long#MAX_VALUE} past it. */
    static long floatBytes(long categories, long rows) {
        try {
            return Math.multiplyExact(Math.multiplyExact(categories, rows), Float.BYTES);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,d MB", Math.max(1, (bytes + (1 << 19)) >> 20));
    }
}
