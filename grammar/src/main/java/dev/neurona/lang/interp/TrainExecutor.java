package dev.neurona.lang.interp;

import dev.neurona.lang.plan.TrainPlan;
import dev.neurona.runtime.FitOptions;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.data.StreamedDataset;
import dev.neurona.runtime.i18n.Text;
import dev.neurona.runtime.spec.Metric;
import dev.neurona.runtime.train.EpochMetrics;
import dev.neurona.runtime.train.TrainingListener;
import dev.neurona.runtime.train.TrainingResult;
import java.util.Locale;
import java.util.Objects;

/**
 * Runs {@code train MODEL on DATA}: continues from the model's current weights, printing one line
 * per epoch. Cancelling stops it between two batches.
 */
final class TrainExecutor {

    private TrainExecutor() {}

    static void run(TrainPlan plan, RunContext context) {
        Model model = context.workspace().model(plan.model());
        if (context.workspace().isStreamed(plan.data())) {
            report(plan, context, streamed(plan, context, model));
            return;
        }
        Dataset train = context.workspace().dataset(plan.data());
        Dataset validation = plan.validation().map(context.workspace()::dataset).orElse(null);
        LiveFit.require(plan.model(), model, train, plan.where());
        if (validation != null) {
            LiveFit.require(plan.model(), model, validation, plan.where());
        }
        EpochPrinter printer = new EpochPrinter(
                context.out(),
                context.quiet(),
                context.terminal(),
                LearningNotes.forRun(chance(train), model.spec(), plan.spec(), context.messages()),
                context.messages());
        TrainingListener watcher = context.observer()
                .training(new TrainingView(
                        plan.model(),
                        model,
                        train,
                        validation,
                        plan.spec(),
                        LearningNotes.forRun(chance(train), model.spec(), plan.spec(), context.messages())::after,
                        context.messages()));
        TrainingResult result = context.engine()
                .fit(
                        model,
                        train,
                        validation,
                        plan.spec(),
                        context.seeds().next(),
                        printer.andThen(watcher),
                        context.cancelled());
        report(plan, context, result);
    }

    /** Training on streamed data runs in this process, whatever the engine: the file is read here, batch by batch. */
    private static TrainingResult streamed(TrainPlan plan, RunContext context, Model model) {
        StreamedDataset train = context.workspace().stream(plan.data());
        StreamedDataset validation =
                plan.validation().map(context.workspace()::stream).orElse(null);
        LiveFit.require(plan.model(), model, train, plan.where());
        if (validation != null) {
            LiveFit.require(plan.model(), model, validation, plan.where());
        }
        EpochPrinter printer = new EpochPrinter(
                context.out(),
                context.quiet(),
                context.terminal(),
                LearningNotes.forRun(
                        chance(train.classCounts(), train.rows()), model.spec(), plan.spec(), context.messages()),
                context.messages());
        return model.fit(
                train,
                FitOptions.builder()
                        .spec(plan.spec())
                        .validation(validation)
                        .seed(context.seeds().next())
                        .listener(printer)
                        .cancelWhen(context.cancelled())
                        .build());
    }

    private static void report(TrainPlan plan, RunContext context, TrainingResult result) {
        if (result.interrupted()) {
            int epoch = result.epochs().size() + 1;
            throw new Interruption(Text.of("train.interrupted", plan.model(), String.valueOf(epoch)));
        }
        if (result.stoppedEarly() && !context.quiet()) {
            EpochMetrics best = result.epochs().get(result.bestEpoch() - 1);
            Metric monitor =
                    watched(Objects.requireNonNull(plan.spec().earlyStop()).monitor(), best.hasValidation());
            context.out()
                    .println(context.messages()
                            .text(
                                    "train.stopped_early",
                                    String.valueOf(Objects.requireNonNull(result.last())
                                            .epoch()),
                                    String.valueOf(result.bestEpoch()),
                                    monitor.keyword(),
                                    String.format(Locale.ROOT, "%.4f", best.value(monitor))));
        }
    }

    /** What always answering the most common class scores on {@code data}; NaN for regression. */
    static double chance(Dataset data) {
        return data.labels() == null ? Double.NaN : chance(data.classCounts(), data.rows());
    }

    private static double chance(int[] classCounts, int rows) {
        if (classCounts.length == 0 || rows == 0) return Double.NaN;
        int most = 0;
        for (int count : classCounts) most = Math.max(most, count);
        return (double) most / rows;
    }

    /** The figure early stopping watched: without validation data, the training counterpart. */
    private static Metric watched(Metric monitor, boolean validated) {
        if (validated || !monitor.needsValidation()) {
            return monitor;
        }
        return monitor == Metric.VAL_ACCURACY ? Metric.ACCURACY : Metric.LOSS;
    }
}
