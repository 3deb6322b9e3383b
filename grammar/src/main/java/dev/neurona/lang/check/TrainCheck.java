package dev.neurona.lang.check;

import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.lang.ast.TrainStmt;
import dev.neurona.lang.check.value.Problems;
import dev.neurona.lang.plan.Plan;
import dev.neurona.lang.plan.TrainPlan;
import dev.neurona.runtime.data.Task;
import dev.neurona.runtime.i18n.Text;
import dev.neurona.runtime.spec.Metric;
import dev.neurona.runtime.spec.TrainSpec;
import java.util.Optional;

/**
 * {@code train MODEL on DATA { OPTIONS }}: the options, and whether the model fits the data
 * (inputs, outputs, loss), the validation data fits the training data, and early stopping has
 * what it watches.
 */
final class TrainCheck {

    private final CheckContext context;

    TrainCheck(CheckContext context) {
        this.context = context;
    }

    Optional<Plan> check(TrainStmt stmt) {
        Problems problems = context.problems();
        int errorsBefore = problems.errorCount();
        Optional<ModelSymbol> model = context.scope().model(stmt.model(), problems);
        Optional<DataRef> data = context.scope().data(stmt.data(), problems);
        TrainDraft draft = new TrainDraft();
        stmt.options().ifPresent(block -> TrainOptionTable.TABLE.read(block, draft, context, context.evaluator()));
        boolean fits = true;
        if (model.isPresent() && data.isPresent()) {
            fits = FitRules.inputs(
                    model.get(),
                    data.get(),
                    stmt.model().span(),
                    problems,
                    context.scope().reportedMismatches());
            fits &= FitRules.outputs(
                    model.get(),
                    data.get(),
                    stmt.model().span(),
                    problems,
                    context.scope().reportedMismatches());
            if (draft.loss != null && draft.lossSpan != null) { // set together
                FitRules.loss(draft.loss, draft.lossSpan, model.get(), problems);
            }
            if (draft.validation != null) {
                FitRules.validation(data.get(), draft.validation, problems);
            }
            if (data.get().streamed() && draft.heldOut != null) {
                problems.error(
                        draft.heldOut,
                        Text.of("check.train.streamed_held_out", data.get().name()));
            }
            if (draft.validation != null
                    && draft.validation.streamed() != data.get().streamed()) {
                problems.error(
                        draft.validation.span(),
                        data.get().streamed()
                                ? Text.of(
                                        "check.train.streamed_loaded",
                                        data.get().name(),
                                        draft.validation.name())
                                : Text.of(
                                        "check.train.loaded_streamed",
                                        data.get().name(),
                                        draft.validation.name()));
            }
        }
        if (draft.monitor != null) {
            monitor(draft, data, problems);
        }
        boolean fine = fits && problems.errorCount() == errorsBefore;
        model.ifPresent(m -> {
            // After an error, what it was trained on is unknown, so later checks of it stay quiet.
            ModelSymbol trained = m.trainedOn(fine ? data.flatMap(DataRef::shape) : Optional.empty());
            context.scope().update(trained);
            if (draft.checkpoint != null) {
                context.scope().writesModelFile(draft.checkpoint, trained);
            }
        });
        if (!fine || model.isEmpty() || data.isEmpty()) {
            return Optional.empty(); // a silenced name resolves to nothing without a new error
        }
        TrainSpec spec;
        try {
            spec = draft.spec.build();
        } catch (IllegalArgumentException e) {
            problems.error(stmt.model().span(), Text.verbatim(String.valueOf(e.getMessage())));
            return Optional.empty();
        }
        return Optional.of(new TrainPlan(
                stmt.model().name(),
                data.get().name(),
                spec,
                Optional.ofNullable(draft.validation).map(DataRef::name),
                stmt.model().span()));
    }

    /** Early stopping on a validation figure needs validation data, and on accuracy a classification task. */
    static void monitor(TrainDraft draft, Optional<DataRef> data, Problems problems) {
        Metric monitor = draft.monitor;
        SourceSpan where = draft.monitorSpan;
        if (monitor == null || where == null) { // no early stopping
            return;
        }
        if (monitor.needsValidation() && !draft.validates) {
            problems.error(where, Text.of("check.train.early_stop_validation", monitor.keyword()));
        }
        boolean accuracy = monitor == Metric.ACCURACY || monitor == Metric.VAL_ACCURACY;
        Optional<Task> task = data.flatMap(DataRef::shape).map(shape -> shape.task());
        if (accuracy && task.isPresent() && task.get() == Task.REGRESSION) {
            problems.error(
                    where,
                    Text.of(
                            "check.train.accuracy_regression",
                            monitor.keyword(),
                            data.get().name()));
        }
    }
}
