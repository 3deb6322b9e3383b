package dev.neurona.lang.check;

import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.lang.check.facts.DataShape;
import dev.neurona.lang.check.value.Problems;
import dev.neurona.lang.diag.Diagnostic;
import dev.neurona.runtime.data.Task;
import dev.neurona.runtime.i18n.Text;
import dev.neurona.runtime.spec.ActivationKind;
import dev.neurona.runtime.spec.LossKind;
import dev.neurona.runtime.spec.LossSpec;
import dev.neurona.runtime.spec.ModelSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a model fits a data set: its input width against the data's features, its output
 * layer against the task (K classes need K softmax outputs, or for K = 2 also one sigmoid
 * output; regression needs one linear output per target), the loss against the output layer,
 * and validation data against the training data. Checks whose facts are unknown are skipped; a
 * mismatch of one model with one data set is reported at its first use only.
 */
public final class FitRules {

    private static final int LISTED_CLASSES = 10;

    private FitRules() {}

    /**
     * Why a built model cannot work on a loaded data set, for the check made again when a
     * statement runs (a data set too large to read ahead is first seen then).
     *
     * @return the first mismatch of inputs or outputs, as a message; empty when the model fits
     */
    public static Optional<Text> mismatch(String modelName, ModelSpec spec, String dataName, DataShape data) {
        ModelSymbol model = new ModelSymbol(
                modelName,
                0,
                Optional.of(ModelInfo.of(spec)),
                Optional.empty(),
                Optional.of(spec),
                false,
                Optional.empty());
        DataRef ref = new DataRef(dataName, Optional.of(data), SourceSpan.point(1, 1));
        Problems problems = new Problems("");
        Set<String> reported = new HashSet<>();
        if (inputs(model, ref, ref.span(), problems, reported)) {
            outputs(model, ref, ref.span(), problems, reported);
        }
        return problems.diagnostics().stream().findFirst().map(Diagnostic::text);
    }

    /**
     * Both checks, for a statement that applies a model to a data set ({@code evaluate},
     * {@code predict}, {@code report}): its inputs must match the features, its outputs the task.
     * Nothing is said when either name did not resolve; that was reported already.
     */
    static void applies(Optional<ModelSymbol> model, Optional<DataRef> data, SourceSpan where, CheckContext context) {
        if (model.isEmpty() || data.isEmpty()) return;
        Set<String> reported = context.scope().reportedMismatches();
        inputs(model.get(), data.get(), where, context.problems(), reported);
        outputs(model.get(), data.get(), where, context.problems(), reported);
    }

    /** {@code model 'mlp' expects 784 inputs, but 'iris.train' has 4 features}, at {@code where}. */
    static boolean inputs(ModelSymbol model, DataRef data, SourceSpan where, Problems problems, Set<String> reported) {
        if (model.info().isEmpty()
                || data.shape().isEmpty()
                || model.info().get().inputWidth().isEmpty()) {
            return true;
        }
        int inputs = model.info().get().inputWidth().get();
        int features = data.shape().get().featureCount();
        if (inputs == features) {
            return true;
        }
        if (reported.add(key(model, data, "inputs"))) {
            List<Integer> shape = model.info().get().inputShape().orElse(List.of(inputs));
            List<Integer> dataShape = data.shape().get().featureShape();
            Text hint = dataShape.size() > 1
                    ? Text.of(
                            "check.fit.images_are",
                            data.name(),
                            size(dataShape),
                            (dataShape.size() == 2 ? "1x" : "") + size(dataShape))
                    : null;
            Text message = shape.size() > 1
                    ? Text.of("check.fit.inputs_size", model.name(), size(shape), inputs, data.name(), features)
                    : Text.of("check.fit.inputs", model.name(), inputs, data.name(), features);
            problems.error(where, message, hint);
        }
        return false;
    }

    /** {@code 1x28x28}. */
    private static String size(List<Integer> factors) {
        return factors.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining("x"));
    }

    /** The output layer against the data's task, reported at {@code where}. */
    static boolean outputs(ModelSymbol model, DataRef data, SourceSpan where, Problems problems, Set<String> reported) {
        if (model.info().isEmpty()
                || data.shape().isEmpty()
                || model.info().get().outputWidth().isEmpty()) {
            return true;
        }
        int width = model.info().get().outputWidth().get();
        ActivationKind activation = model.info().get().outputActivation();
        DataShape shape = data.shape().get();

        if (shape.task() == Task.CLASSIFICATION) {
            int classes = shape.classCount();
            boolean fits = activation == ActivationKind.SOFTMAX && width == classes
                    || classes == 2 && activation == ActivationKind.SIGMOID && width == 1;
            if (!fits && reported.add(key(model, data, "outputs"))) {
                problems.error(
                        where,
                        classes == 2
                                ? Text.of(
                                        "check.fit.outputs_binary",
                                        model.name(),
                                        width,
                                        activation.keyword(),
                                        data.name(),
                                        classes)
                                : Text.of(
                                        "check.fit.outputs_classes",
                                        model.name(),
                                        width,
                                        activation.keyword(),
                                        data.name(),
                                        classes));
            }
            return fits;
        }
        int targets = shape.targetCount();
        boolean fits = activation == ActivationKind.LINEAR && width == targets;
        if (!fits && reported.add(key(model, data, "outputs"))) {
            problems.error(
                    where,
                    Text.of(
                            "check.fit.outputs_regression",
                            model.name(),
                            width,
                            activation.keyword(),
                            data.name(),
                            targets));
        }
        return fits;
    }

    /** Cross-entropy needs softmax and binary cross-entropy sigmoid, since they read the logits. */
    static boolean loss(LossSpec loss, SourceSpan where, ModelSymbol model, Problems problems) {
        if (model.info().isEmpty()) {
            return true;
        }
        ActivationKind output = model.info().get().outputActivation();
        ActivationKind needed = loss.kind() == LossKind.CROSS_ENTROPY
                ? ActivationKind.SOFTMAX
                : loss.kind() == LossKind.BINARY_CROSS_ENTROPY ? ActivationKind.SIGMOID : null;
        if (needed == null || output == needed) {
            return true;
        }
        problems.error(
                where,
                Text.of(
                        "check.fit.loss_output",
                        loss.kind().keyword(),
                        needed.keyword(),
                        model.name(),
                        output.keyword()));
        return false;
    }

    /** Validation data must hold what the training data holds: the same task and classes or targets. */
    static boolean validation(DataRef train, DataRef valid, Problems problems) {
        if (train.shape().isEmpty() || valid.shape().isEmpty()) {
            return true;
        }
        DataShape t = train.shape().get();
        DataShape v = valid.shape().get();
        if (t.featureCount() != v.featureCount()) {
            problems.error(
                    valid.span(),
                    Text.of(
                            "check.fit.valid_features",
                            valid.name(),
                            v.featureCount(),
                            train.name(),
                            t.featureCount()));
            return false;
        }
        if (t.task() != v.task()) {
            problems.error(
                    valid.span(),
                    Text.of(
                            "check.fit.valid_task",
                            valid.name(),
                            v.task().keyword(),
                            train.name(),
                            t.task().keyword()));
            return false;
        }
        if (t.task() == Task.CLASSIFICATION && !t.classNames().equals(v.classNames())) {
            problems.error(
                    valid.span(),
                    Text.of(
                            "check.fit.valid_classes",
                            valid.name(),
                            classes(v.classNames()),
                            train.name(),
                            classes(t.classNames())));
            return false;
        }
        if (t.task() == Task.REGRESSION && t.targetCount() != v.targetCount()) {
            problems.error(
                    valid.span(),
                    Text.of("check.fit.valid_targets", valid.name(), v.targetCount(), train.name(), t.targetCount()));
            return false;
        }
        return true;
    }

    /**
     * What a mismatch is remembered by, so that it is reported once: the same model on the same
     * data set (any of its parts) fails the same way at every use.
     */
    private static String key(ModelSymbol model, DataRef data, String rule) {
        int dot = data.name().indexOf('.');
        return model.name() + " " + (dot < 0 ? data.name() : data.name().substring(0, dot)) + " " + rule;
    }

    /** {@code 3 softmax outputs}, {@code 1 linear output}. */
    private static String classes(List<String> names) {
        List<String> shown = names.size() > LISTED_CLASSES ? names.subList(0, LISTED_CLASSES) : names;
        return String.join(", ", shown) + (names.size() > LISTED_CLASSES ? ", ..." : "");
    }
}
