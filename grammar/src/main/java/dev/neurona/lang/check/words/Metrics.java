package dev.neurona.lang.check.words;

import dev.neurona.runtime.i18n.Text;
import dev.neurona.runtime.spec.Metric;

/** The figures early stopping can watch: {@code loss}, {@code accuracy}, {@code val_loss}, {@code val_accuracy} (and {@code acc}, {@code val_acc}). */
public final class Metrics {

    public static final WordTable<Metric> TABLE = new WordTable<Metric>(
                    word -> Text.of("check.unknown.metric", word), Text.of("check.expected.metric"))
            .add("loss", args -> Metric.LOSS)
            .add("accuracy", args -> Metric.ACCURACY)
            .add("val_loss", args -> Metric.VAL_LOSS)
            .add("val_accuracy", args -> Metric.VAL_ACCURACY)
            .add("acc", args -> Metric.ACCURACY)
            .add("val_acc", args -> Metric.VAL_ACCURACY);

    private Metrics() {}
}
