package dev.neurona.lang.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.lang.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Convolutional models in scripts: templates, sweeps over their options, training, saving and loading. */
class ConvScriptTest {

    @TempDir
    Path dir;

    @Test
    void aConvTemplateSweepsItsFiltersTrainsSavesAndLoads() throws Exception {
        TestFiles.writeIdx(dir.resolve("images.gz"), dir.resolve("labels.gz"), 96, 12, 12, 4);
        try (Captured run = Captured.script(dir)) {
            Outcome outcome = run.run("""
                    seed 5
                    data bands = idx("images.gz", "labels.gz") { scale 1/255; split train 75%, valid 25% }
                    model cnn(filters = 4, window = 3x3) {
                      input 1x12x12
                      conv filters window relu padding=same
                      batchnorm
                      maxpool 2x2
                      conv 8 3 relu stride=2
                      global_avgpool
                      dense 4 softmax
                    }
                    sweep best = cnn on bands.train {
                      validate on bands.valid
                      optimizer adam(lr=0.01)
                      epochs 8
                      batch 8
                      repeat 2
                      vary filters in [2, 6]
                      select max val_accuracy
                    }
                    print best
                    evaluate best on bands.valid
                    save best to "best.nnm"
                    load again from "best.nnm"
                    evaluate again on bands.valid
                    """);

            assertEquals(Outcome.Status.OK, outcome.status(), run.err());
            String out = run.out();
            assertTrue(out.contains("2 combinations × 2 runs"), out);
            assertTrue(out.contains(" conv1 "), out);
            assertTrue(out.contains(" 6x12x12 "), out); // the best has 6 filters, same padding keeps 12x12
            assertTrue(out.contains(" 8x2x2 "), out); // 6x6 maps, 3x3 valid at stride 2: ⌊(6 − 3) / 2⌋ + 1
            Matcher accuracies = Pattern.compile("on bands\\.valid \\(24 rows\\)\\nloss (\\S+)  accuracy (\\S+)\\n")
                    .matcher(out);
            assertTrue(accuracies.find(), out);
            String before = accuracies.group(0);
            assertTrue(Double.parseDouble(accuracies.group(2)) >= 0.75, "the bands are easy to tell apart: " + before);
            assertTrue(accuracies.find(), out);
            assertEquals(
                    before, accuracies.group(0), "the loaded model, with its batchnorm statistics, evaluates the same");
        }
        assertTrue(Files.size(dir.resolve("best.nnm")) > 0);
    }
}
