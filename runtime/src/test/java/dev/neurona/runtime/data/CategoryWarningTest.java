package dev.neurona.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.runtime.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A text feature is warned of when it one-hot encodes past 1,000 features, or past 20 with more than half its rows distinct. */
class CategoryWarningTest {

    private static List<String> texts(int count) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) texts.add(String.format(Locale.ROOT, "t%05d", i));
        return texts;
    }

    private static List<CategoryWarning> warnings(int categories, long rows) {
        Preprocessing preprocessing = new Preprocessing(
                List.of(InputColumn.numeric("x", Double.NaN), InputColumn.categorical("city", texts(categories))),
                new float[1 + categories],
                new float[1 + categories]);
        return CategoryWarning.of(preprocessing, rows);
    }

    @Test
    void anIdentifierLikeColumnIsWarnedOfWithTheIgnoreToAdd() {
        List<CategoryWarning> found = warnings(30, 40);

        assertEquals(List.of(new CategoryWarning("city", 30, 40)), found);
        assertEquals(
                "column 'city' has 30 different texts in 40 rows, more than one for every two rows:"
                        + " it looks like an identifier or free text, which one-hot encoding makes 30 features"
                        + " that say nothing about new rows",
                found.get(0).text().english());
        assertEquals(
                "if the column does not help to predict, add 'ignore city' to the data options",
                found.get(0).fix().english());
    }

    @Test
    void aColumnOfManyCategoriesIsWarnedOfWithItsMemory() {
        List<CategoryWarning> found = warnings(1_500, 100_000);

        assertEquals(1, found.size());
        assertEquals(
                "column 'city' has 1,500 different texts, so one-hot encoding makes it 1,500 features"
                        + " (572 MB of floats for 100,000 rows)",
                found.get(0).text().english());
    }

    @Test
    void ordinaryCategoriesAreNotWarnedOf() {
        assertEquals(List.of(), warnings(20, 21), "20 categories: at the bound, not past it");
        assertEquals(List.of(), warnings(21, 42), "21 categories in 42 rows: half distinct, not more");
        assertEquals(List.of(), warnings(1_000, 1_000_000), "1,000 categories repeating");
        assertEquals(1, warnings(21, 41).size());
        assertEquals(1, warnings(1_001, 1_000_000).size());
    }

    @Test
    void sizesPastLongAreNotWrappedAround() {
        assertTrue(CategoryWarning.isWide(Integer.MAX_VALUE, Long.MAX_VALUE));
        assertEquals(Long.MAX_VALUE, CategoryWarning.floatBytes(Integer.MAX_VALUE, Long.MAX_VALUE / 2));
        assertEquals(4L * 3_000_000 * 2_000_000, CategoryWarning.floatBytes(3_000_000, 2_000_000));
    }

    @Test
    void aColumnNameFromTheFileIsEscapedAndSpanishIsSpoken() {
        Preprocessing preprocessing = new Preprocessing(
                List.of(InputColumn.categorical("id\u001b]0;owned\u0007", texts(50))), new float[50], new float[50]);

        CategoryWarning found = CategoryWarning.of(preprocessing, 50).get(0);

        assertTrue(
                found.text().english().startsWith("column 'id\\u001B]0;owned\\u0007' has 50"),
                found.text().english());
        assertTrue(
                found.fix().english().contains("'ignore id\\u001B]0;owned\\u0007'"),
                found.fix().english());
        String spanish = found.text().in(Messages.of(Locale.forLanguageTag("es")));
        assertTrue(
                spanish.startsWith("la columna 'id\\u001B]0;owned\\u0007' tiene 50 textos distintos en 50 filas"),
                spanish);
    }
}
