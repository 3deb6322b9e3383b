package dev.neurona.samples;

import dev.neurona.runtime.Evaluation;
import dev.neurona.runtime.FitOptions;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.data.DataOptions;
import dev.neurona.runtime.data.DataPipeline;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.data.IdxLoader;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.OptimizerSpec;
import dev.neurona.runtime.spec.ScheduleSpec;
import dev.neurona.runtime.spec.TrainSpec;
import dev.neurona.runtime.train.EpochMetrics;
import dev.neurona.runtime.train.TrainingListener;
import java.nio.file.Path;

/**
 * The MNIST sample trained from Java with the runtime alone, no script: the same network as
 * {@code samples/mnist.nn}, built with the model builder.
 * <pre>{@code java -cp ... dev.neurona.samples.MnistInJava [samples/data/mnist-10k]}</pre>
 */
public final class MnistInJava {
    private MnistInJava() {}

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "samples/data/mnist-10k");
        int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Evaluation result = train(dir, epochs, 7, metrics -> System.out.println(metrics.format()));
        System.out.println(result.format());
    }

    /** Trains 784-128-64-10 (ReLU, a little dropout, Adam with a cosine schedule) on the 8,000 training digits and evaluates it on the 2,000 test digits. */
    public static Evaluation train(Path dir, int epochs, long seed, java.util.function.Consumer<EpochMetrics> onEpoch) {
        DataOptions pixels = DataOptions.builder().scale(1 / 255.0).build();
        Dataset train = DataPipeline.prepare(
                        IdxLoader.load(
                                dir.resolve("train-images-idx3-ubyte.gz"), dir.resolve("train-labels-idx1-ubyte.gz")),
                        pixels,
                        "digits",
                        seed)
                .all();
        Dataset test = DataPipeline.prepare(
                        IdxLoader.load(
                                dir.resolve("test-images-idx3-ubyte.gz"), dir.resolve("test-labels-idx1-ubyte.gz")),
                        pixels,
                        "exam",
                        seed)
                .all();

        Model model = Model.builder()
                .input(28, 28)
                .dense(128, ActivationSpec.RELU)
                .dropout(0.1)
                .dense(64, ActivationSpec.RELU)
                .dropout(0.1)
                .dense(10, ActivationSpec.SOFTMAX)
                .build(seed);
        TrainSpec spec = TrainSpec.builder()
                .optimizer(OptimizerSpec.adam(0.002))
                .schedule(ScheduleSpec.cosine(0))
                .epochs(epochs)
                .batchSize(32)
                .build();
        model.fit(
                train,
                FitOptions.builder()
                        .spec(spec)
                        .seed(seed)
                        .listener(new TrainingListener() {
                            @Override
                            public void onEpochEnd(EpochMetrics metrics) {
                                onEpoch.accept(metrics);
                            }
                        })
                        .build());
        return model.evaluate(test);
    }
}
