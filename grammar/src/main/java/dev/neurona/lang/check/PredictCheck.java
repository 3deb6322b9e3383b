package dev.neurona.lang.check;

import dev.neurona.lang.ast.PredictStmt;
import dev.neurona.lang.check.facts.DataShape;
import dev.neurona.lang.check.value.Problems;
import dev.neurona.lang.check.value.Value;
import dev.neurona.lang.plan.Plan;
import dev.neurona.lang.plan.PredictInputsPlan;
import dev.neurona.lang.plan.PredictPlan;
import dev.neurona.runtime.i18n.Text;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code predict MODEL on DATA [to "file.csv"]}: the model must fit the data.
 * {@code predict MODEL [x1, x2, ...]}: one raw value per input column of the data the model was
 * trained on (text columns in quotes), or, before any training, one number per input.
 */
final class PredictCheck {

    private final CheckContext context;
    private final Problems problems;

    PredictCheck(CheckContext context) {
        this.context = context;
        this.problems = context.problems();
    }

    Optional<Plan> check(PredictStmt stmt) {
        int errorsBefore = problems.errorCount();
        Optional<ModelSymbol> model = context.scope().model(stmt.model(), problems);
        if (stmt.inputs().isPresent()) {
            Value.ListValue list =
                    (Value.ListValue) context.evaluator().eval(stmt.inputs().get());
            List<Object> inputs = inputs(list);
            model.ifPresent(m -> fits(m, list, inputs));
            if (problems.errorCount() > errorsBefore || model.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new PredictInputsPlan(
                    stmt.model().name(), inputs, stmt.model().span()));
        }
        Optional<DataRef> data = context.scope().data(stmt.data().get(), problems);
        FitRules.applies(model, data, stmt.model().span(), context);
        Optional<Path> output =
                stmt.output().flatMap(file -> OutputFile.check(file.value(), file.span(), "predictions.csv", context));
        if (problems.errorCount() > errorsBefore || model.isEmpty() || data.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PredictPlan(
                stmt.model().name(), data.get().name(), output, stmt.model().span()));
    }

    /** The values as numbers ({@code Double}) and strings, reporting anything else. */
    private List<Object> inputs(Value.ListValue list) {
        List<Object> inputs = new ArrayList<>();
        for (Value element : list.elements()) {
            if (element instanceof Value.Num num && !num.percent()) {
                inputs.add(num.value());
            } else if (element instanceof Value.Text text) {
                inputs.add(text.value());
            } else {
                context.expect().wrong(element, Text.of("check.predict.value"));
            }
        }
        return inputs;
    }

    private void fits(ModelSymbol model, Value.ListValue list, List<Object> inputs) {
        if (model.info().isEmpty() || inputs.size() != list.elements().size()) {
            return;
        }
        if (!model.trained()) {
            model.info().get().inputWidth().ifPresent(width -> {
                if (width != inputs.size()) {
                    problems.error(list.span(), Text.of("check.predict.inputs", model.name(), width, inputs.size()));
                }
            });
            for (int i = 0; i < inputs.size(); i++) {
                if (inputs.get(i) instanceof String) {
                    problems.error(list.elements().get(i).span(), Text.of("check.predict.numbers_only", model.name()));
                }
            }
            return;
        }
        if (model.trainedOn().isEmpty()) {
            return;
        }
        List<DataShape.RawColumn> columns = model.trainedOn().get().rawColumns();
        if (columns.size() != inputs.size()) {
            List<String> names = columns.stream().map(DataShape.RawColumn::name).toList();
            problems.error(
                    list.span(),
                    Text.of("check.predict.input_values", model.name(), columns.size(), inputs.size()),
                    columns.size() <= 12 ? Text.of("check.predict.inputs_are", String.join(", ", names)) : null);
            return;
        }
        for (int i = 0; i < inputs.size(); i++) {
            DataShape.RawColumn column = columns.get(i);
            Value written = list.elements().get(i);
            if (column.text() && inputs.get(i) instanceof Double) {
                problems.error(written.span(), Text.of("check.predict.quote_text", column.name()));
            } else if (!column.text() && inputs.get(i) instanceof String) {
                problems.error(written.span(), Text.of("check.predict.not_text", column.name(), written.describe()));
            }
        }
    }
}
