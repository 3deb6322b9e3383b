package dev.neurona.repl.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.repl.ReplHarness;
import dev.neurona.repl.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jline.reader.Candidate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Tab completion; one REPL (and one JShell) serves every test. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplCompleterTest {

    private ReplHarness repl;
    private ReplCompleter completer;

    @BeforeAll
    void start(@TempDir Path dir) throws IOException {
        TestData.pets(dir);
        Files.createDirectories(dir.resolve("data"));
        TestData.write(dir.resolve("data/iris.csv"), "a,b\n1,2\n");
        TestData.write(dir.resolve("data/iris-small.csv"), "a,b\n1,2\n");
        TestData.write(dir.resolve("data/houses.csv"), "area,rooms,sale price\n120,4,250000\n");
        repl = new ReplHarness(dir);
        repl.run(
                "data pets = csv(\"pets.csv\") { split train 80%, test 20% }\nmodel mlp { input pets; dense 2 softmax }\n");
        completer = new ReplCompleter(repl.repl, dir);
    }

    @AfterAll
    void stop() {
        repl.close();
    }

    /** The candidates' values at the end of {@code buffer}. */
    private List<String> complete(String buffer) {
        return completer.candidates(buffer, buffer.length()).stream()
                .map(Candidate::value)
                .toList();
    }

    @Test
    void statementKeywordsStartAnEntry() {
        assertTrue(complete("tra").contains("train"));
        assertTrue(complete("  mo").contains("model"));
        assertFalse(complete("tra").contains("relu"), "inner words come later");
    }

    @Test
    void insideAStatementOptionsWordsAndNames() {
        assertEquals(List.of("relu"), complete("model m { input 2; dense 4 rel"));
        assertTrue(complete("train mlp on pets { optimizer ad").containsAll(List.of("adam", "adamw", "adagrad")));
        assertTrue(complete("train mlp on pets { ep").contains("epochs"));
        assertEquals(List.of("pets", "pets.train", "pets.test"), complete("train mlp on pe"));
        assertEquals(List.of("pets.train", "pets.test"), complete("evaluate mlp on pets."));
        assertEquals(List.of("mlp"), complete("print ml"));
    }

    @Test
    void columnsOfTheFileWhereTheDataBlockNamesOne() {
        String head = "data h = csv(\"data/houses.csv\") {";
        assertEquals(List.of("area", "rooms", "\"sale price\""), complete(head + " target "));
        assertEquals(List.of("rooms"), complete(head + "\n  features area, ro"), "a multi-line entry");
        assertEquals(List.of("area"), complete(head + "\n  features rooms,\n    a"));
        assertEquals(List.of("sale price\""), complete(head + " ignore \"sa"), "inside quotes: the rest and the quote");
        assertEquals(List.of("weight", "height", "kind"), complete("data p = csv(\"pets.csv\") { target "));
        assertTrue(complete(head + " target rooms ").contains("normalize"), "no column after the target's");
        assertFalse(complete("data h = csv(\"data/absent.csv\") { target ").contains("area"));
    }

    @Test
    void commands() {
        assertEquals(List.of(":load", ":list", ":lang"), complete(":l"));
        assertEquals(List.of("/vars"), complete("/va"));
    }

    @Test
    void filesInsideStrings() {
        assertEquals(List.of("data/"), complete("data d = csv(\"da"));
        assertEquals(List.of("data/iris-small.csv", "data/iris.csv"), complete("data d = csv(\"data/ir"));
        assertEquals(List.of("pets.csv"), complete("data d = csv(\"pe"));
    }

    @Test
    void javaMembersFromJShell() {
        List<String> members = complete("pets.ro");
        assertTrue(members.contains("pets.rows()"), members.toString());
        assertTrue(complete("mlp.predictCl").contains("mlp.predictClass("));
        assertTrue(complete("Str").contains("String"));
        assertTrue(complete("String.valueOf(mlp.param").contains("mlp.parameterCount()"));
    }
}
