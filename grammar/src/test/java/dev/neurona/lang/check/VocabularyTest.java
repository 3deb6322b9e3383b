package dev.neurona.lang.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.lang.check.facts.ScriptPaths;
import dev.neurona.lang.syntax.NnParser;
import dev.neurona.lang.syntax.ParseResult;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The words offered to editors are the words the checker accepts, in the places it accepts them. */
class VocabularyTest {

    @Test
    void layerOptionsAndActivationSlotsComeFromTheLayerLines() {
        assertEquals(List.of("init"), Vocabulary.layerOptions("dense"));
        assertEquals(List.of("stride", "padding", "init"), Vocabulary.layerOptions("conv"));
        assertEquals(List.of(), Vocabulary.layerOptions("no_such_layer"));
        assertEquals(OptionalInt.of(1), Vocabulary.activationSlot("dense"));
        assertEquals(OptionalInt.of(2), Vocabulary.activationSlot("conv"));
        assertEquals(OptionalInt.of(0), Vocabulary.activationSlot("activation"));
        assertEquals(OptionalInt.empty(), Vocabulary.activationSlot("dropout"));
    }

    @Test
    void everyOfferedWordIsAcceptedWhereItIsOffered() {
        String model = "model m { input 4; dense 3 softmax }\n";
        for (String option : List.of("optimizer", "loss", "schedule", "shuffle")) {
            for (String value : Vocabulary.trainOptionValues(option)) {
                List<String> errors = errors(model + "train m on mnist.train { " + option + " " + value + " }");
                assertTrue(
                        errors.stream().noneMatch(e -> e.contains("'" + value + "'")),
                        option + " " + value + ": " + errors);
            }
        }
        for (String metric : Vocabulary.earlyStopValues("monitor")) {
            List<String> errors = errors(model + "train m on mnist.train { early_stop(monitor=" + metric + ") }");
            assertTrue(errors.stream().noneMatch(e -> e.contains("'" + metric + "'")), metric + ": " + errors);
        }
        for (String init : Vocabulary.layerOptionValues("init")) {
            assertEquals(List.of(), errors("model m { input 4; dense 3 relu init=" + init + " }"), init);
        }
        for (String padding : Vocabulary.layerOptionValues("padding")) {
            assertEquals(
                    List.of(),
                    errors("model m { input 1x8x8; conv 2 3x3 relu padding=" + padding + "; dense 2 softmax }"),
                    padding);
        }
        for (String option : Vocabulary.trainOptions()) {
            List<String> errors = errors(model + "train m on mnist.train { " + option + " }");
            assertTrue(errors.stream().noneMatch(e -> e.contains("unknown train option")), option + ": " + errors);
        }
        for (String option : Vocabulary.dataOptions()) {
            List<String> errors = errors("data d = csv(\"no-such.csv\") { " + option + " }");
            assertTrue(errors.stream().noneMatch(e -> e.contains("unknown data option")), option + ": " + errors);
        }
        for (String keyword : Vocabulary.layerKeywords()) {
            List<String> errors = errors("model m { input 4; " + (keyword.equals("input") ? "" : keyword) + " }");
            assertTrue(errors.stream().noneMatch(e -> e.contains("unknown layer")), keyword + ": " + errors);
        }
    }

    @Test
    void anUnknownLayerOptionIsStillReportedWithTheOptionsOffered() {
        List<String> errors = errors("model m { input 4; dense 3 relu stride=2 }");
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("stride"), errors.toString());
    }

    private static List<String> errors(String source) {
        ParseResult parsed = new NnParser().parse(source, "t.nn");
        List<String> all = new java.util.ArrayList<>(
                parsed.diagnostics().stream().map(d -> d.headline()).toList());
        CheckResult checked = new Checker(new ScriptPaths(Path.of(""), Path.of("no-data-here")), true)
                .check(parsed.script(), new Scope(), java.util.Set.of());
        checked.diagnostics().stream()
                .filter(d -> d.isError())
                .map(d -> d.headline())
                .forEach(all::add);
        return all;
    }
}
