package dev.neurona.lang.check;

import dev.neurona.lang.check.words.Inits;
import dev.neurona.lang.check.words.Losses;
import dev.neurona.lang.check.words.Metrics;
import dev.neurona.lang.check.words.Optimizers;
import dev.neurona.lang.check.words.Paddings;
import dev.neurona.lang.check.words.Schedules;
import dev.neurona.runtime.data.MissingPolicy;
import dev.neurona.runtime.data.Normalization;
import dev.neurona.runtime.data.Task;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * The words the checker accepts in each place, read from its own tables, for tools that offer
 * them (an editor's completion): the layer keywords and their options, the options of each kind
 * of block, the data sources. The families of values (activations, optimizers, ...) are the
 * public tables of {@code dev.neurona.lang.check.words}.
 */
public final class Vocabulary {

    private Vocabulary() {}

    /** {@code input} and every layer keyword of a model body. */
    public static List<String> layerKeywords() {
        return LayerLines.KEYWORDS;
    }

    /** The {@code name=value} options of one layer keyword ({@code init} for {@code dense}); empty when none or unknown. */
    public static List<String> layerOptions(String keyword) {
        return LayerLines.line(keyword).map(LayerLine::options).orElse(List.of());
    }

    /** The options of a {@code train} block. */
    public static List<String> trainOptions() {
        return List.copyOf(TrainOptionTable.TABLE.options());
    }

    /** The options of a {@code data} block. */
    public static List<String> dataOptions() {
        return List.copyOf(DataOptionTable.TABLE.options());
    }

    /** The lines of a {@code sweep} block: its own ({@code vary}, {@code select}, ...) and the train options. */
    public static List<String> sweepOptions() {
        List<String> options = new ArrayList<>(SweepLines.OWN);
        options.addAll(TrainOptionTable.TABLE.options());
        options.remove("checkpoint");
        return List.copyOf(options);
    }

    /** The calls a data set is read with: {@code csv}, {@code idx}, {@code parquet}. */
    public static List<String> dataSources() {
        return DataSourceCheck.SOURCES;
    }

    /** Which plain value of a layer line is its activation ({@code 1} for {@code dense 64 relu}); empty when it takes none. */
    public static OptionalInt activationSlot(String keyword) {
        int slot = LayerLines.line(keyword).map(LayerLine::activationSlot).orElse(-1);
        return slot < 0 ? OptionalInt.empty() : OptionalInt.of(slot);
    }

    /** The parameters of {@code early_stop(...)}, in positional order. */
    public static List<String> earlyStopParameters() {
        return TrainOptionTable.EARLY_STOP.names();
    }

    /** The words a layer line's {@code name=} option takes: {@code init=he}, {@code padding=same}; empty for a number. */
    public static List<String> layerOptionValues(String option) {
        return switch (option) {
            case "init" -> List.copyOf(Inits.TABLE.words());
            case "padding" -> List.copyOf(Paddings.TABLE.words());
            default -> List.of();
        };
    }

    /** The words a train option takes: {@code optimizer adam}, {@code loss mse}; empty for a number or a name. */
    public static List<String> trainOptionValues(String option) {
        return switch (option) {
            case "optimizer" -> List.copyOf(Optimizers.TABLE.words());
            case "loss" -> List.copyOf(Losses.TABLE.words());
            case "schedule" -> List.copyOf(Schedules.TABLE.words());
            case "shuffle" -> List.of("true", "false");
            default -> List.of();
        };
    }

    /** The words {@code early_stop}'s {@code name=} parameter takes: the metrics for {@code monitor}. */
    public static List<String> earlyStopValues(String parameter) {
        return parameter.equals("monitor") ? List.copyOf(Metrics.TABLE.words()) : List.of();
    }

    /** The words a data option takes: {@code normalize standard}, {@code task regression}, {@code missing mean}. */
    public static List<String> dataOptionValues(String option) {
        return switch (option) {
            case "normalize" ->
                Arrays.stream(Normalization.values())
                        .map(Normalization::keyword)
                        .toList();
            case "task" -> Arrays.stream(Task.values()).map(Task::keyword).toList();
            case "missing" ->
                Arrays.stream(MissingPolicy.values())
                        .map(MissingPolicy::keyword)
                        .toList();
            default -> List.of();
        };
    }
}
