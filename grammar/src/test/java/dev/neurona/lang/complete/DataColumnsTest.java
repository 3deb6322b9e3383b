package dev.neurona.lang.complete;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The columns of a script's CSV data sets: read from headers within bounds, and offered where a column goes. */
class DataColumnsTest {

    @TempDir
    Path dir;

    private Path csv(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** The slot at the cursor, marked {@code |}, in a script whose relative paths start at {@link #dir}. */
    private Optional<DataColumns.Slot> slot(String marked) {
        int at = marked.indexOf('|');
        String text = marked.substring(0, at) + marked.substring(at + 1);
        return new DataColumns(text, dir).at(at);
    }

    private List<String> offered(String marked) {
        return slot(marked)
                .map(s -> s.matching().stream().map(s::insertion).toList())
                .orElse(List.of());
    }

    @Test
    void headerNamesAsTheLoaderMakesThem() throws IOException {
        Path file = csv("a.csv", "\uFEFF\n sepal , \"sale price\",,\"say \"\"hi\"\"\",sepal\n1,2,3,4,5\n");
        assertEquals(List.of("sepal", "sale price", "c3", "say \"hi\""), DataColumns.header(file, ",", true));
        assertEquals(List.of("c1", "c2", "c3", "c4", "c5"), DataColumns.header(file, ",", false));
        Path semicolons = csv("b.csv", "x;y z\r\n1;2\r\n");
        assertEquals(List.of("x", "y z"), DataColumns.header(semicolons, ";", true));
        assertEquals(List.of("x;y z"), DataColumns.header(semicolons, ",", true));
    }

    @Test
    void aGzipFileIsReadFromItsBytes() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write("clicked,age\n1,30\n".getBytes(StandardCharsets.UTF_8));
        }
        Path file = dir.resolve("clicks.csv.gz");
        Files.write(file, bytes.toByteArray());
        assertEquals(List.of("clicked", "age"), DataColumns.header(file, ",", true));
    }

    @Test
    void aMissingOrUnreadableFileGivesNoColumnsAndNoError() throws IOException {
        assertEquals(List.of(), DataColumns.header(dir.resolve("absent.csv"), ",", true));
        assertEquals(List.of(), DataColumns.header(dir, ",", true), "a folder");
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, new byte[] {'a', ',', (byte) 0xE9, '\n'});
        assertEquals(List.of(), DataColumns.header(latin1, ",", true), "not UTF-8");
        assertEquals(List.of(), DataColumns.header(csv("empty.csv", "\n\n"), ",", true));
        Optional<DataColumns.Slot> slot = slot("data d = csv(\"absent.csv\") {\n  target |\n}");
        assertTrue(slot.isPresent());
        assertEquals(List.of(), slot.get().columns());
    }

    @Test
    void atMost64KilobytesAreReadAndAtMost4096Names() throws IOException {
        // 20 000 names of 9 characters: the header alone is about 200 KB
        String wide = IntStream.range(0, 20_000)
                .mapToObj(i -> String.format(java.util.Locale.ROOT, "col%05d", i))
                .collect(Collectors.joining(","));
        List<String> names = DataColumns.header(csv("wide.csv", wide + "\n" + "1,".repeat(19_999) + "1\n"), ",", true);
        assertEquals(DataColumns.MAX_COLUMNS, names.size());
        assertEquals("col04095", names.get(names.size() - 1));
        // one name that does not end within the bound: nothing of it is taken
        String longName = "x".repeat(100_000);
        assertEquals(
                List.of("a", "b"), DataColumns.header(csv("long.csv", "a,b," + longName + ",c\n1,2,3,4\n"), ",", true));
        // names past the bound are not known: the file is not read beyond it
        String fewLong = IntStream.range(0, 2_000)
                .mapToObj(i -> "n" + i + "_" + "y".repeat(40))
                .collect(Collectors.joining(","));
        List<String> cut = DataColumns.header(csv("cut.csv", fewLong + "\n"), ",", true);
        assertTrue(cut.size() < 2_000 && cut.size() > 1_000, "got " + cut.size());
        assertTrue(String.join(",", cut).length() <= DataColumns.MAX_BYTES);
    }

    @Test
    void namesThatAreNotOneWordAreQuoted() {
        assertEquals("price", DataColumns.Column.of("price").orElseThrow().written());
        assertEquals("año_2", DataColumns.Column.of("año_2").orElseThrow().written(), "any letters");
        assertEquals(
                "\"precio €\"", DataColumns.Column.of("precio €").orElseThrow().written());
        assertEquals(
                "\"sale price\"",
                DataColumns.Column.of("sale price").orElseThrow().written());
        assertEquals("\"on\"", DataColumns.Column.of("on").orElseThrow().written(), "a reserved word");
        assertEquals("\"true\"", DataColumns.Column.of("true").orElseThrow().written());
        assertEquals("data", DataColumns.Column.of("data").orElseThrow().written(), "statement keywords are names");
        assertEquals("\"2nd\"", DataColumns.Column.of("2nd").orElseThrow().written());
        assertEquals("\"a.b\"", DataColumns.Column.of("a.b").orElseThrow().written());
        assertEquals(
                "\"say \\\"hi\\\" \\\\ \\t\"",
                DataColumns.Column.of("say \"hi\" \\ \t").orElseThrow().written());
        assertEquals("\"x\"", DataColumns.Column.of("x").orElseThrow().quoted());
        assertTrue(DataColumns.Column.of("a\rb").isEmpty(), "no string of the language holds a carriage return");
    }

    @Test
    void columnsAreOfferedAfterTargetFeaturesAndIgnore() throws IOException {
        csv("data/houses.csv", "area,rooms,sale price,on\n1,2,3,4\n");
        String head = "seed 1\ndata h = csv(\"data/houses.csv\") {\n";
        List<String> all = List.of("area", "rooms", "\"sale price\"", "\"on\"");
        assertEquals(all, offered(head + "  target |\n}"));
        assertEquals(List.of("rooms"), offered(head + "  target ro|\n}"));
        assertEquals(List.of("\"sale price\""), offered(head + "  target \"sa|"));
        assertEquals(List.of("\"rooms\""), offered(head + "  target \"r|"));
        assertEquals(all, offered(head + "  features |"));
        assertEquals(all, offered(head + "  features area, |"));
        assertEquals(all, offered(head + "  features area,\n    |"));
        assertEquals(List.of("area"), offered(head + "  split train 80%, test 20%; ignore a|"));
        assertEquals(List.of("area"), offered("data h = csv(\"data/houses.csv\") { ignore a|"));
        assertEquals("h", slot(head + "  ignore |").orElseThrow().data());
        int typedAt = (head + "  target ").length();
        assertEquals(typedAt, slot(head + "  target ro|").orElseThrow().start());
    }

    @Test
    void nothingIsOfferedWhereNoColumnGoes() throws IOException {
        csv("houses.csv", "area,rooms\n1,2\n");
        String head = "data h = csv(\"houses.csv\") {\n";
        for (String marked : List.of(
                head + "  |",
                head + "  tar|",
                head + "  target area |",
                head + "  target area, |",
                head + "  features area |",
                head + "  normalize |",
                head + "  target area # the |",
                head + "  target area\n}\n|",
                head + "  target area\n}\ntrain m on h {\n  target |",
                "data h = csv(\"houses.csv\")\nmodel m {\n  target |",
                "data h = csv(\"houses.csv\") |",
                "data h2 = h {\n  target |",
                "data h = idx(\"a\", \"b\") {\n  target |")) {
            assertTrue(slot(marked).isEmpty(), marked);
        }
    }

    @Test
    void theDelimiterAndHeaderOfTheSourceAreUsed() throws IOException {
        csv("semi.csv", "a;b\n1;2\n");
        assertEquals(List.of("a", "b"), offered("data s = csv(\"semi.csv\", delimiter=\";\") {\n  target |"));
        assertEquals(
                List.of("c1", "c2"),
                offered("data s = csv(\"semi.csv\", header=false, delimiter=\";\") {\n  target |"));
    }

    @Test
    void aDataSetKnowsItsColumnsAndDerivedOnesInheritThem() throws IOException {
        csv("iris.csv", "sepal,petal,species\n1,2,a\n");
        csv("other.csv", "x,y\n1,2\n");
        DataColumns columns = new DataColumns(
                "data iris = csv(\"iris.csv\") { split train 80%, test 20% }\n"
                        + "data part = iris.train\n"
                        + "data iris = csv(\"other.csv\")\n"
                        + "data later = iris\n",
                dir);
        assertEquals(List.of("sepal", "petal", "species"), columns.of("part"), "derived from the iris of its time");
        assertEquals(List.of("x", "y"), columns.of("iris"), "the last definition counts");
        assertEquals(List.of("x", "y"), columns.of("later"));
        assertEquals(List.of(), columns.of("absent"));
    }

    @Test
    void relativePathsStartFromTheBaseFolder() throws IOException {
        Path elsewhere = dir.resolve("project");
        csv("project/p.csv", "u,v\n1,2\n");
        String text = "data p = csv(\"p.csv\") {\n  target ";
        assertEquals(
                2,
                new DataColumns(text, elsewhere)
                        .at(text.length())
                        .orElseThrow()
                        .columns()
                        .size());
        assertEquals(
                0,
                new DataColumns(text, dir)
                        .at(text.length())
                        .orElseThrow()
                        .columns()
                        .size());
        String absolute =
                "data p = csv(\"" + elsewhere.resolve("p.csv").toString().replace("\\", "\\\\") + "\") {\n  target ";
        assertEquals(
                2,
                new DataColumns(absolute, dir)
                        .at(absolute.length())
                        .orElseThrow()
                        .columns()
                        .size());
    }
}
