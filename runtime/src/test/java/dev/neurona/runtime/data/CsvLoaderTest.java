package dev.neurona.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvLoaderTest {
    @TempDir
    Path dir;

    private Path csv(String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DataOptions.Builder options() {
        return DataOptions.builder();
    }

    private DataException failure(Path file, DataOptions options) {
        return assertThrows(DataException.class, () -> CsvLoader.load(file, options));
    }

    @Test
    void readsATextTargetAsClassesInSortedOrder() {
        Path file = csv("iris.csv", """
                sepal,petal,species
                5.1,1.4,setosa
                7.0,4.7,versicolor
                6.3,6.0,Virginica
                4.9,1.5,setosa
                """);

        Dataset data = CsvLoader.load(file, DataOptions.defaults());

        assertEquals("iris.csv", data.name());
        assertEquals(Task.CLASSIFICATION, data.task());
        assertEquals(
                List.of("Virginica", "setosa", "versicolor"),
                data.classNames(),
                "String.compareTo order: capitals first");
        assertArrayEquals(new int[] {1, 2, 0, 1}, data.labels());
        assertEquals(List.of("sepal", "petal"), data.schema().featureNames());
        assertEquals(List.of(2), data.schema().featureShape());
        assertEquals(List.of("species"), data.schema().targetNames());
        assertArrayEquals(new float[] {5.1f, 1.4f, 7.0f, 4.7f, 6.3f, 6.0f, 4.9f, 1.5f}, data.features());
    }

    @Test
    void namesColumnsC1C2WithoutAHeaderAndTakesTheLastAsTarget() {
        Path file = csv("plain.csv", "1,2,yes\n3,4,no\n");

        Dataset data = CsvLoader.load(file, options().header(false).build());

        assertEquals(List.of("c1", "c2"), data.schema().featureNames());
        assertEquals(List.of("c3"), data.schema().targetNames());
        assertEquals(List.of("no", "yes"), data.classNames());
        assertEquals(2, data.rows());
    }

    @Test
    void readsAnotherDelimiter() {
        Path file = csv("semi.csv", "a;b;y\n1,5;2;0\n3;4;1\n");

        DataException e = failure(file, options().delimiter(";").build());
        Dataset data = CsvLoader.load(
                csv("semi2.csv", "a;name;b;y\n1.5;\"Lee; Ann\";2;0\n3;Bo;4;1\n"),
                options().delimiter(";").ignore("name").build());

        assertEquals(file + ":2:1: '1,5' is not a number (column 'a' holds numbers)", e.getMessage());
        assertArrayEquals(new float[] {1.5f, 2, 3, 4}, data.features());
        assertEquals(List.of("a", "b"), data.schema().featureNames());
    }

    @Test
    void readsWholeNumberTargetsAsClassesSortedByValue() {
        Path file = csv("n.csv", "x,y\n1,10\n2,2\n3,007\n4,-1\n5,2\n");

        Dataset data = CsvLoader.load(file, DataOptions.defaults());

        assertEquals(Task.CLASSIFICATION, data.task());
        assertEquals(List.of("-1", "2", "7", "10"), data.classNames());
        assertArrayEquals(new int[] {3, 1, 2, 0, 1}, data.labels());
    }

    @Test
    void readsOtherNumberTargetsAsRegression() {
        Path file = csv("r.csv", "x,price\n1,10\n2,2.5\n3,1e2\n");

        Dataset data = CsvLoader.load(file, DataOptions.defaults());

        assertEquals(Task.REGRESSION, data.task());
        assertEquals(List.of(), data.classNames());
        assertNull(data.labels());
        assertArrayEquals(new float[] {10, 2.5f, 100}, data.targets());
        assertEquals(1, data.targetWidth());
    }

    @Test
    void letsTheTaskBeForced() {
        Path whole = csv("w.csv", "x,y\n1,3\n2,5\n");
        Path fractions = csv("f.csv", "x,y\n1,1.50\n2,0.5\n3,1.5\n");

        Dataset regression =
                CsvLoader.load(whole, options().task(Task.REGRESSION).build());
        Dataset classes =
                CsvLoader.load(fractions, options().task(Task.CLASSIFICATION).build());

        assertArrayEquals(new float[] {3, 5}, regression.targets());
        assertEquals(List.of("0.5", "1.5"), classes.classNames());
        assertArrayEquals(new int[] {1, 0, 1}, classes.labels());
    }

    @Test
    void refusesTextInTheTargetOfARegression() {
        Path file = csv("t.csv", "x,y\n1,3\n2,five\n");

        DataException e = failure(file, options().task(Task.REGRESSION).build());

        assertEquals(
                file + ":3:2: 'five' is not a number; the target 'y' of a regression needs numbers", e.getMessage());
    }

    @Test
    void oneHotEncodesTextFeaturesOverSortedCategories() {
        Path file = csv("c.csv", """
                colour,size,label
                red,1,a
                green,2,b
                blue,3,a
                red,4,b
                """);

        Dataset data = CsvLoader.load(file, DataOptions.defaults());

        assertEquals(
                List.of("colour=blue", "colour=green", "colour=red", "size"),
                data.schema().featureNames());
        assertArrayEquals(new float[] {0, 0, 1, 1}, data.row(0));
        assertArrayEquals(new float[] {1, 0, 0, 3}, data.row(2));
        InputColumn colour = data.preprocessing().columns().get(0);
        assertEquals(List.of("blue", "green", "red"), colour.categories());
        assertArrayEquals(data.row(1), data.preprocessing().apply(new String[] {"green", "2"}));
    }

    @Test
    void readsAColumnOfMostlyNumbersAsNumbersAndNamesTheCellThatIsNot() {
        Path file = csv("m.csv", "age,y\n31,a\n40,b\nforty,a\n22,b\n");

        DataException e = failure(file, DataOptions.defaults());

        assertEquals(file + ":4:1: 'forty' is not a number (column 'age' holds numbers)", e.getMessage());
    }

    @Test
    void refusesJavaNumberSpellingsThatAreNotPlainDecimals() {
        Path file = csv("j.csv", "a,y\n1,a\n2,b\nNaN,a\n");

        DataException e = failure(file, DataOptions.defaults());

        assertEquals(file + ":4:1: 'NaN' is not a number (column 'a' holds numbers)", e.getMessage());
    }

    @Test
    void refusesANumberBeyondTheFloatRange() {
        Path file = csv("big.csv", "a,y\n1e39,a\n");

        DataException e = failure(file, DataOptions.defaults());

        assertEquals(file + ":2:1: '1e39' is too large for a 32-bit float", e.getMessage());
    }

    @Test
    void selectsTargetFeaturesAndIgnoredColumns() {
        Path file = csv("s.csv", "id,name,y,a,b\n1,x,0,10,20\n2,z,1,30,40\n");

        Dataset picked =
                CsvLoader.load(file, options().target("y").features("b", "a").build());
        Dataset rest =
                CsvLoader.load(file, options().target("y").ignore("id", "name").build());

        assertEquals(List.of("b", "a"), picked.schema().featureNames());
        assertArrayEquals(new float[] {20, 10, 40, 30}, picked.features());
        assertEquals(List.of("a", "b"), rest.schema().featureNames());
        assertArrayEquals(new int[] {0, 1}, rest.labels());
    }

    @Test
    void namesAnUnknownColumnAndListsTheColumns() {
        Path file = csv("u.csv", "id,age,y\n1,2,3\n");

        assertEquals(
                file + " has no column 'agee' (named in features); its columns are: id, age, y",
                failure(file, options().features("agee").build()).getMessage());
        assertEquals(
                file + " has no column 'Y' (named in target); its columns are: id, age, y",
                failure(file, options().target("Y").build()).getMessage());
        assertEquals(
                file + " has no column 'name' (named in ignore); its columns are: id, age, y",
                failure(file, options().ignore("name").build()).getMessage());
    }

    @Test
    void refusesContradictoryColumnOptions() {
        Path file = csv("k.csv", "a,b,y\n1,2,3\n");

        assertEquals(
                file + ": column 'y' is the target, so it cannot also be a feature",
                failure(file, options().features("a", "y").build()).getMessage());
        assertEquals(
                file + ": column 'y' is the target, so it cannot be ignored",
                failure(file, options().ignore("y").build()).getMessage());
        assertEquals(
                file + ": column 'a' is both a feature and ignored",
                failure(file, options().features("a").ignore("a").build()).getMessage());
        assertEquals(
                file + ": no feature columns are left besides the target 'y'",
                failure(file, options().ignore("a", "b").build()).getMessage());
    }

    @Test
    void aMissingCellIsAnErrorNamingItsPhysicalLineAndColumn() {
        Path file = csv("gaps.csv", "name,age,y\n\"Ann\nLee\",30,a\n\nBob,NA,b\n");

        DataException e = failure(file, DataOptions.defaults());

        assertEquals(
                file
                        + ":5:2: column 'age' has no value (empty or NA); use 'missing drop' or 'missing mean' to accept missing values",
                e.getMessage());
    }

    @Test
    void dropLeavesOutRowsWithAMissingCellInAUsedColumn() {
        Path file = csv("d.csv", "note,a,b,y\n,1,2,p\nx,,4,q\ny,5,6,\nz,7,8,q\n");

        Dataset data = CsvLoader.load(
                file, options().ignore("note").missing(MissingPolicy.DROP).build());

        assertEquals(2, data.rows());
        assertArrayEquals(new float[] {1, 2, 7, 8}, data.features());
        assertEquals(List.of("p", "q"), data.classNames());
    }

    @Test
    void meanFillsMissingNumbersAndTheFillTravelsWithThePreprocessing() {
        Path file = csv("mean.csv", "a,colour,y\n1,red,p\nNA,blue,q\n4,,p\n7,red,\n");

        Dataset data =
                CsvLoader.load(file, options().missing(MissingPolicy.MEAN).build());

        assertEquals(3, data.rows(), "the row without a target is left out");
        InputColumn a = data.preprocessing().columns().get(0);
        assertEquals(2.5, a.fillValue(), "mean of 1 and 4, over the rows kept");
        assertArrayEquals(new float[] {2.5f, 1, 0}, data.row(1));
        assertArrayEquals(new float[] {4, 0, 0}, data.row(2), "a missing text cell is no category");
        assertArrayEquals(data.row(1), data.preprocessing().apply(new String[] {"", "blue"}));
    }

    @Test
    void refusesARowOfTheWrongWidth() {
        Path file = csv("w.csv", "a,b,y\n1,2,3\n4,5\n");

        DataException e = failure(file, DataOptions.defaults());

        assertEquals(file + ":3:3: this row has 2 cells but the header has 3", e.getMessage());
    }

    @Test
    void refusesADuplicateColumnName() {
        Path file = csv("dup.csv", "a,b,a\n1,2,3\n");

        assertEquals(
                file + ":1:3: column name 'a' is used twice (columns 1 and 3)",
                failure(file, DataOptions.defaults()).getMessage());
    }

    @Test
    void namesAMissingOrEmptyFile() {
        Path missing = dir.resolve("nowhere.csv");
        Path empty = csv("empty.csv", "\n\n");
        Path headerOnly = csv("header.csv", "a,y\n");

        assertEquals(
                missing + ": file not found",
                failure(missing, DataOptions.defaults()).getMessage());
        assertEquals(
                empty + ": the file is empty",
                failure(empty, DataOptions.defaults()).getMessage());
        assertEquals(
                headerOnly + ": the file has no data rows",
                failure(headerOnly, DataOptions.defaults()).getMessage());
    }

    @Test
    void reportsAnUnclosedQuoteWithTheLineItStartsOn() {
        Path file = csv("q.csv", "a,y\n1,2\n\"3,4\n5,6\n");

        DataException e = failure(file, DataOptions.defaults());

        assertEquals(file + ":3: a quoted cell that starts in this row is never closed", e.getMessage());
    }

    @Test
    void reportsTextAfterAClosingQuote() {
        Path file = csv("q2.csv", "a,y\n1,2\n\"3\"x,4\n");

        DataException e = failure(file, DataOptions.defaults());

        assertEquals(
                file + ":3: a quoted cell in this row is followed by more text before the delimiter", e.getMessage());
    }

    @Test
    void skipsAByteOrderMarkAndTrimsCells() {
        Path file = csv("bom.csv", "\uFEFF a , y\n 1 , x \n");

        Dataset data = CsvLoader.load(file, DataOptions.defaults());

        assertEquals(List.of("a"), data.schema().featureNames());
        assertEquals(List.of("x"), data.classNames());
    }

    @Test
    void readsTheHeaderAloneWithoutReadingTheRest() {
        Path file = csv("h.csv", "id;age;grade\n1;2;\"unclosed\n");

        assertEquals(List.of("id", "age", "grade"), CsvLoader.readHeader(file, ";", true));
        assertEquals(List.of("c1", "c2", "c3"), CsvLoader.readHeader(file, ";", false));
    }
}
