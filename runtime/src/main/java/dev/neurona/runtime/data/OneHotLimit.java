package dev.neurona.runtime.data;

import dev.neurona.runtime.i18n.Text;
import java.util.Locale;

/**
 * Refuses to one-hot encode a text feature that names nearly every row apart, such as an id:
 * it would become one feature per row (20,000 rows of ids are 20,000 features, 1.6 GB of
 * floats) and teaches the model nothing it can use on new rows.
 */
final class OneHotLimit {
    /** Categories a text feature may have whatever the rows; beyond it, they must repeat. */
    static final int FREE_CATEGORIES = 1000;

    private OneHotLimit() {}

    /**
     * @param categories the column's distinct texts
     * @param rows       the rows it was read from
     * @throws DataException naming the file and column, with the {@code ignore} to add
     */
    static void check(String file, String column, int categories, long rows) {
        if (categories > FREE_CATEGORIES && 2L * categories > rows) {
            throw new DataException(Text.of(
                    "csv.identifier",
                    file,
                    column,
                    String.format(Locale.ROOT, "%,d", categories),
                    String.format(Locale.ROOT, "%,d", rows)));
        }
    }
}
