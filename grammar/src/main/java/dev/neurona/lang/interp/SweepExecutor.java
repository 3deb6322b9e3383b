package dev.neurona.lang.interp;

import dev.neurona.lang.check.FitRules;
import dev.neurona.lang.check.facts.DataShape;
import dev.neurona.lang.check.value.Numbers;
import dev.neurona.lang.plan.InputPlan;
import dev.neurona.lang.plan.SweepAxis;
import dev.neurona.lang.plan.SweepCombination;
import dev.neurona.lang.plan.SweepPlan;
import dev.neurona.runtime.FitOptions;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.Printable;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.data.Task;
import dev.neurona.runtime.i18n.Messages;
import dev.neurona.runtime.i18n.Text;
import dev.neurona.runtime.linalg.ComputePool;
import dev.neurona.runtime.spec.ModelSpec;
import dev.neurona.runtime.spec.TrainSpec;
import dev.neurona.runtime.train.DivergenceException;
import dev.neurona.runtime.train.TrainingResult;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Runs {@code sweep NAME = TEMPLATE on DATA { ... }}: trains every combination, {@code repeat}
 * times each, prints a line per run and then the ranked table, writes it as CSV when asked, and
 * binds NAME to the best combination's best model.
 *
 * <p><b>Seeds.</b> Before the first run the sweep draws two seeds per repeat from the session's
 * stream: run r of every combination builds its model from seed 2r and trains with seed 2r + 1,
 * exactly as {@code model M = TEMPLATE(...)} followed by {@code train M ...} would at this point
 * of the script (for r = 0; the further runs as further such pairs). Every combination thus
 * meets the same initial draws, shuffles and held-out split, and no seed depends on the order
 * in which runs finish.
 *
 * <p><b>Side by side.</b> When {@link SweepParallelism} says so, the runs are handed out over the
 * session's compute pool, one run per thread. A model's matrix products then find the pool busy
 * and run on the thread of their own run, so no thread is oversubscribed, and the bound model
 * keeps computing on the full pool afterwards. The figures are the same bits either way.
 *
 * <p><b>Cancel.</b> The combinations already going finish, all their runs; no other starts.
 * The table of the combinations that finished is still printed (and written), NAME is bound to
 * the best of them, and the statement ends as interrupted.
 */
final class SweepExecutor {

    private SweepExecutor() {}

    static void run(SweepPlan plan, RunContext context) {
        Workspace workspace = context.workspace();
        Dataset train = workspace.dataset(plan.data());
        Dataset validation = plan.validation().map(workspace::dataset).orElse(null);
        List<ModelSpec> models =
                plan.combinations().stream().map(c -> spec(c, workspace)).toList();
        requireFits(plan, models, train, validation);
        long[] seeds = new long[2 * plan.repeat()];
        for (int i = 0; i < seeds.length; i++) {
            seeds[i] = context.seeds().next();
        }
        List<TrainSpec> specs =
                plan.combinations().stream().map(SweepCombination::spec).toList();
        int runs = plan.combinations().size() * plan.repeat();
        int workers = SweepParallelism.workers(
                plan, models, specs, train.rows(), context.pool().threads());
        boolean classification = train.task() == Task.CLASSIFICATION;
        if (!context.quiet()) {
            context.out().println(header(plan, workers, context.messages()));
        }
        context.observer()
                .sweepBegins(
                        header(plan, workers, context.messages()),
                        plan.axes().stream().map(SweepAxis::name).toList(),
                        runs);
        SweepProgress progress =
                new SweepProgress(context.out(), context.quiet(), plan, classification, context.messages());
        SweepResults results = new SweepResults(plan);
        IntConsumer task = i -> {
            int combination = i / plan.repeat();
            int run = i % plan.repeat();
            if (!results.begin(combination, context.cancelled().getAsBoolean())) {
                return;
            }
            try {
                SweepRun result = train(
                        models.get(combination),
                        specs.get(combination),
                        train,
                        validation,
                        seeds[2 * run],
                        seeds[2 * run + 1],
                        context.pool());
                results.record(combination, run, result);
                progress.finished(combination, run, result);
                context.observer()
                        .sweepRun(
                                combination,
                                run,
                                plan.labels(combination),
                                result.kept(),
                                result.epochs(),
                                result.seconds(),
                                result.divergence());
            } catch (RuntimeException e) {
                results.fail(i, e);
            }
        };
        if (workers > 1) {
            context.pool().run(runs, task);
        } else {
            for (int i = 0; i < runs; i++) {
                task.accept(i);
            }
        }
        progress.flush();
        results.rethrowFailure();
        report(plan, context, results, classification);
    }

    /** The table, the CSV file, the binding of NAME, and an interruption if the sweep did not finish. */
    private static void report(SweepPlan plan, RunContext context, SweepResults results, boolean classification) {
        List<SweepRow> ranked = results.ranked();
        int combinations = plan.combinations().size();
        if (ranked.isEmpty()) {
            throw new Interruption(Text.of("sweep.interrupted.none", plan.name()));
        }
        context.out().print(SweepTable.format(plan, ranked, classification, context.messages()));
        Optional<SweepRow> best = results.best();
        best.ifPresent(row -> context.out().print(SweepTable.bestLine(plan, row, context.messages())));
        if (plan.output().isPresent()) {
            SweepCsv.write(plan.output().get(), plan, ranked, classification);
            context.out()
                    .println(context.messages()
                            .text(
                                    "run.sweep_written",
                                    Printable.escape(plan.output().get().toString())));
        }
        context.out().flush();
        if (best.isPresent()) {
            context.workspace()
                    .putModel(
                            plan.name(),
                            results.bestModel().orElseThrow(),
                            plan.combinations().get(best.get().combination()).template());
        }
        if (ranked.size() < combinations) {
            throw new Interruption(
                    best.isPresent()
                            ? Text.of(
                                    "sweep.interrupted.best",
                                    String.valueOf(ranked.size()),
                                    String.valueOf(combinations),
                                    plan.name())
                            : Text.of(
                                    "sweep.interrupted.some",
                                    String.valueOf(ranked.size()),
                                    String.valueOf(combinations)));
        }
        if (best.isEmpty()) {
            throw new RunFailure(plan.where(), Text.of("sweep.all_diverged"));
        }
    }

    /** One run: a fresh model from {@code initSeed}, trained with {@code fitSeed}. */
    static SweepRun train(
            ModelSpec model,
            TrainSpec spec,
            Dataset train,
            @Nullable Dataset validation,
            long initSeed,
            long fitSeed,
            ComputePool pool) {
        long started = System.nanoTime();
        Model fresh = Model.create(model, initSeed, pool);
        try {
            TrainingResult result = fresh.fit(
                    train,
                    FitOptions.builder()
                            .spec(spec)
                            .validation(validation)
                            .seed(fitSeed)
                            .build());
            return new SweepRun(
                    result.epochs().get(result.bestEpoch() - 1), result.epochs().size(), since(started), null, fresh);
        } catch (DivergenceException e) {
            String why = String.format(
                    Locale.ROOT,
                    "diverged in epoch %d, batch %d (learning rate %s)",
                    e.epoch(),
                    e.batch(),
                    Numbers.format(e.learningRate()));
            return SweepRun.diverged(why, e.epoch() - 1, since(started));
        }
    }

    private static double since(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    private static ModelSpec spec(SweepCombination combination, Workspace workspace) {
        List<Integer> shape = combination.input() instanceof InputPlan.Fixed fixed
                ? fixed.shape()
                : workspace
                        .dataset(((InputPlan.FromData) combination.input()).data())
                        .schema()
                        .featureShape();
        return new ModelSpec(shape, combination.layers());
    }

    /** The checker's fit rules on the loaded data, for data sets too large to read ahead. */
    private static void requireFits(
            SweepPlan plan, List<ModelSpec> models, Dataset train, @Nullable Dataset validation) {
        for (ModelSpec model : new LinkedHashSet<>(models)) {
            for (Dataset data : validation == null ? List.of(train) : List.of(train, validation)) {
                FitRules.mismatch(plan.template(), model, data.name(), DataShape.of(data))
                        .ifPresent(message -> {
                            throw new RunFailure(plan.where(), message);
                        });
            }
        }
    }

    /** {@code sweep best = mlp on digits.train: 4 combinations × 3 runs, 2 at a time}. */
    private static String header(SweepPlan plan, int workers, Messages messages) {
        int combinations = plan.combinations().size();
        return messages.text(
                plan.repeat() > 1 ? "sweep.header.repeated" : "sweep.header",
                plan.name(),
                plan.template(),
                plan.data(),
                String.valueOf(combinations),
                combinations,
                String.valueOf(plan.repeat()),
                String.valueOf(workers),
                workers);
    }
}
