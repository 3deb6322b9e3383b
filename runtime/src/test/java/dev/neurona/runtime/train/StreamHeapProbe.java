package dev.neurona.runtime.train;

import dev.neurona.runtime.Evaluation;
import dev.neurona.runtime.FitOptions;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.data.CsvLoader;
import dev.neurona.runtime.data.CsvStream;
import dev.neurona.runtime.data.DataOptions;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.data.Normalization;
import dev.neurona.runtime.data.SplitPart;
import dev.neurona.runtime.data.StreamedData;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.TrainSpec;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Run in a JVM of its own by {@link StreamMemoryTest}, with a small heap: {@code stream FILE}
 * trains one epoch on the streamed file and evaluates; {@code load FILE} loads it whole.
 */
public final class StreamHeapProbe {
    private StreamHeapProbe() {}

    public static void main(String[] args) {
        Path file = Path.of(args[1]);
        DataOptions options =
                DataOptions.builder().normalize(Normalization.STANDARD).build();
        if (args[0].equals("load")) {
            Dataset data = CsvLoader.load(file, options);
            System.out.println("loaded " + data.rows());
            return;
        }
        StreamedData data = CsvStream.open(
                file,
                options.toBuilder().stream(true)
                        .split(new SplitPart("train", 0.9), new SplitPart("test", 0.1))
                        .build(),
                "big",
                1);
        Model model = Model.builder()
                .input(data.all().width())
                .dense(16, ActivationSpec.RELU)
                .dense(2, ActivationSpec.SOFTMAX)
                .build(3);
        model.fit(
                data.part("train"),
                FitOptions.builder()
                        .spec(TrainSpec.builder().epochs(1).batchSize(256).build())
                        .seed(7)
                        .build());
        Evaluation evaluation = model.evaluate(data.part("test"));
        System.out.printf(Locale.ROOT, "streamed %d accuracy %.4f%n", data.all().rows(), evaluation.accuracy());
    }
}
