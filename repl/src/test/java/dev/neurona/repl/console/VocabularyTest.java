package dev.neurona.repl.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neurona.lang.RunOptions;
import dev.neurona.lang.diag.Diagnostic;
import dev.neurona.lang.interp.Session;
import dev.neurona.repl.TestData;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The words completion offers are the words the checker accepts: its "expected one of" lists them. */
class VocabularyTest {

    @TempDir
    Path dir;

    @Test
    void dataOptionsAreTheCheckersOwn() {
        assertEquals(new TreeSet<>(Vocabulary.DATA_OPTIONS), accepted("data d = csv(\"pets.csv\") { zzzzzzzzzz }"));
    }

    @Test
    void trainOptionsAreTheCheckersOwn() {
        assertEquals(new TreeSet<>(Vocabulary.TRAIN_OPTIONS), accepted("""
                data d = csv("pets.csv")
                model m { input d; dense 2 softmax }
                train m on d { zzzzzzzzzz }
                """));
    }

    @Test
    void layersAreTheCheckersOwn() {
        assertEquals(new TreeSet<>(Vocabulary.LAYERS), accepted("model m { input 2; zzzzzzzzzz }"));
    }

    @Test
    void innerWordsIncludeTheCheckersTablesWithTheirParameters() {
        Set<String> inner = Vocabulary.inner();
        for (String word : List.of(
                "relu",
                "leaky_relu",
                "alpha",
                "adam",
                "lr",
                "beta1",
                "cross_entropy",
                "cosine",
                "min_lr",
                "he",
                "val_loss",
                "standard",
                "regression",
                "on",
                "patience")) {
            assertEquals(true, inner.contains(word), word);
        }
        assertEquals(false, inner.contains("model"), "statement keywords start entries only");
    }

    /** The words an "unknown ..." error of {@code source} says it expected. */
    private Set<String> accepted(String source) {
        TestData.pets(dir);
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        try (Session session = Session.forRepl(
                RunOptions.builder()
                        .out(nowhere)
                        .err(nowhere)
                        .threads(1)
                        .dataDir(dir)
                        .build(),
                dir)) {
            List<Diagnostic> diagnostics = session.check(source, "words.nn").diagnostics();
            assertEquals(1, diagnostics.size(), diagnostics.toString());
            String hint = diagnostics.get(0).hint();
            return new TreeSet<>(
                    Arrays.asList(hint.substring("expected one of: ".length()).split(", ")));
        }
    }
}
