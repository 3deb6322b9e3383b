package dev.neurona.lang.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An observer hears what print, evaluate and explain showed, with exactly the text they printed,
 * right after they printed it: a notebook swaps that text for tables.
 */
class ShownTest {

    @TempDir
    Path dir;

    @Test
    void eachShowingStatementTellsItsValuesAndTheTextItPrinted() {
        TinyData.pets(dir);
        try (Captured run = Captured.script(dir)) {
            List<Shown> heard = new ArrayList<>();
            List<Integer> printedSoFar = new ArrayList<>();
            run.session.observe(new RunObserver() {
                @Override
                public void shown(Shown shown) {
                    heard.add(shown);
                    printedSoFar.add(run.out.size());
                }
            });
            Outcome outcome = run.run("""
                    seed 3
                    data pets = csv("pets.csv") { target kind; split train 75%, test 25% }
                    model m { input pets; dense 4 relu; dense 2 softmax }
                    print pets
                    print m
                    explain m
                    evaluate m on pets.test
                    print "done"
                    """);
            assertEquals(Outcome.Status.OK, outcome.status(), run.err());
            assertEquals(4, heard.size(), heard.toString());
            assertInstanceOf(Shown.OfData.class, heard.get(0));
            assertInstanceOf(Shown.OfModel.class, heard.get(1));
            assertInstanceOf(Shown.OfExplanation.class, heard.get(2));
            assertInstanceOf(Shown.OfEvaluation.class, heard.get(3));
            StringBuilder texts = new StringBuilder();
            for (int i = 0; i < heard.size(); i++) {
                texts.append(heard.get(i).text());
                assertEquals(
                        texts.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length, printedSoFar.get(i));
            }
            assertEquals(texts + "done\n", run.out(), "nothing printed but the texts told");
            assertEquals("evaluate m on pets.test (15 rows)", ((Shown.OfEvaluation) heard.get(3)).header());
            assertEquals("parts: pets.train (45 rows), pets.test (15 rows)", ((Shown.OfData) heard.get(0)).parts());
        }
    }
}
