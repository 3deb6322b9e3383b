package dev.neurona.runtime.explain;

import dev.neurona.runtime.Model;
import dev.neurona.runtime.data.Schema;
import dev.neurona.runtime.i18n.Language;
import dev.neurona.runtime.nn.LayerSpec;
import dev.neurona.runtime.nn.Shape;
import dev.neurona.runtime.nn.dropout.DropoutSpec;
import dev.neurona.runtime.spec.ActivationKind;
import dev.neurona.runtime.spec.ModelSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A model in plain words: its layers with their jobs, shapes and parameters, the sizing advice
 * that applies to it, and the verdict on its training with the next steps to try. The figures
 * are the model's own; {@link #format()} renders it all in {@link #locale()}'s language.
 *
 * @param name       the model's name in the script
 * @param input      the input's shape ({@code 28x28}, {@code 4})
 * @param layers     one part per layer after the input, in order
 * @param activations the activation functions the layers use, each once, in order of use
 * @param advice     the sizing advice; {@link Advice.Kind#SIZES_FIT} alone when nothing is amiss
 * @param steps      what to try next, most useful first
 */
public record Explanation(
        String name,
        Shape input,
        List<Part> layers,
        long totalParameters,
        List<ActivationKind> activations,
        List<Advice> advice,
        Verdict verdict,
        List<Step> steps,
        Locale locale) {

    /**
     * One layer.
     *
     * @param title      {@code dense1}, {@code dropout}, as {@code print} names it
     * @param script     the layer as written in the script ({@code dense 512 relu})
     * @param kind       its keyword ({@code dense})
     * @param parameters its weights and biases
     * @param share      its share of the model's parameters, 0 to 1
     * @param activation the activation it applies ({@code relu}), or empty
     * @param dropout    the share of values it drops while training (a dropout layer), else 0
     * @param last       whether it is the model's last layer (the output)
     */
    public record Part(
            String title,
            String script,
            String kind,
            Shape input,
            Shape output,
            long parameters,
            double share,
            String activation,
            double dropout,
            boolean last) {}

    /**
     * The explanation's sentences in its language, not yet wrapped, as {@link #format()} lays them
     * out under their headings; a notebook shows the same sentences as a table and lists.
     *
     * @param layers one sentence per layer (what it is, its shapes and parameters), in order
     * @param jobs   what each layer does, one per entry of {@code layers}
     * @param training the verdict's line, such as {@code Training: learning well.}
     * @param figures  the verdict's figures
     */
    public record Sentences(
            String title,
            String layersHeading,
            String input,
            List<String> layers,
            List<String> jobs,
            String activationsHeading,
            List<String> activations,
            String sizingHeading,
            List<String> advice,
            String training,
            String figures,
            String nextHeading,
            List<String> steps) {

        public Sentences {
            layers = List.copyOf(layers);
            jobs = List.copyOf(jobs);
            activations = List.copyOf(activations);
            advice = List.copyOf(advice);
            steps = List.copyOf(steps);
        }
    }

    public Explanation {
        layers = List.copyOf(layers);
        activations = List.copyOf(activations);
        advice = List.copyOf(advice);
        steps = List.copyOf(steps);
    }

    /**
     * The explanation of {@code model}, named {@code name}, in the language Neurona speaks
     * closest to {@code locale}; reads the model, changes nothing.
     */
    public static Explanation of(String name, Model model, Locale locale) {
        ModelSpec spec = model.spec();
        Schema schema = model.schema();
        // The training data's class counts are not kept with a model: chance is one class in K.
        double chance = schema == null || schema.classCount() == 0 ? Double.NaN : 1.0 / schema.classCount();
        Verdict verdict = TrainingVerdicts.judge(
                model.history().epochs(),
                chance,
                model.lastDivergence().map(e -> new TrainingVerdicts.Divergence(e.epoch(), e.learningRate())));
        return of(name, spec, schema, verdict, Language.nearest(locale));
    }

    static Explanation of(String name, ModelSpec spec, @Nullable Schema schema, Verdict verdict, Locale locale) {
        long total = spec.parameterCount();
        List<Part> parts = new ArrayList<>();
        Set<ActivationKind> activations = new LinkedHashSet<>();
        Map<String, Integer> numbers = new HashMap<>();
        Shape in = spec.input();
        List<LayerSpec> layers = spec.layers();
        for (int i = 0; i < layers.size(); i++) {
            LayerSpec layer = layers.get(i);
            Shape out = layer.outputShape(in);
            long params = layer.parameterCount(in);
            String title =
                    layer.isNumbered() ? layer.kind() + numbers.merge(layer.kind(), 1, Integer::sum) : layer.kind();
            parts.add(new Part(
                    title,
                    layer.describe(),
                    layer.kind(),
                    in,
                    out,
                    params,
                    total == 0 ? 0 : (double) params / total,
                    layer.appliedActivation().map(a -> a.kind().keyword()).orElse(""),
                    layer instanceof DropoutSpec d ? d.rate() : 0,
                    i == layers.size() - 1));
            layer.appliedActivation().ifPresent(a -> activations.add(a.kind()));
            in = out;
        }
        return new Explanation(
                name,
                spec.input(),
                parts,
                total,
                new ArrayList<>(activations),
                SizingAdvice.of(spec, schema),
                verdict,
                steps(verdict, spec),
                locale);
    }

    /** The next steps for {@code verdict}, by what the model already has (dropout or not). */
    static List<Step> steps(Verdict verdict, ModelSpec spec) {
        boolean dropout = spec.layers().stream().anyMatch(l -> l instanceof DropoutSpec d && d.rate() > 0);
        if (verdict instanceof Verdict.LearningWell v) {
            return v.stillFalling()
                    ? List.of(Step.MORE_EPOCHS, Step.EVALUATE_ON_TEST)
                    : List.of(Step.EVALUATE_ON_TEST, Step.CHECKPOINT);
        }
        if (verdict instanceof Verdict.Overfitting) {
            return List.of(
                    dropout ? Step.HIGHER_DROPOUT : Step.ADD_DROPOUT,
                    Step.ADD_L2,
                    Step.EARLY_STOP,
                    Step.SMALLER_MODEL,
                    Step.MORE_DATA);
        }
        if (verdict instanceof Verdict.Underfitting) {
            return dropout
                    ? List.of(Step.FEWER_DROPOUT, Step.LARGER_MODEL, Step.MORE_EPOCHS, Step.NORMALIZE)
                    : List.of(Step.LARGER_MODEL, Step.MORE_EPOCHS, Step.NORMALIZE, Step.LARGER_LR);
        }
        if (verdict instanceof Verdict.RateTooHigh) {
            return List.of(Step.SMALLER_LR, Step.CLIP_NORM, Step.NORMALIZE);
        }
        if (verdict instanceof Verdict.RateTooLow) {
            return List.of(Step.LARGER_LR, Step.MORE_EPOCHS);
        }
        if (verdict instanceof Verdict.StoppedEarly) {
            return List.of(Step.EVALUATE_ON_TEST, Step.LONGER_PATIENCE);
        }
        return List.of(Step.TRAIN_IT);
    }

    /** The explanation as text, in {@link #locale()}'s language, lines of at most 78 columns. */
    public String format() {
        return ExplanationText.format(this);
    }

    /** As {@link #format()}. */
    @Override
    public String toString() {
        return format();
    }

    /** The sentences {@link #format()} wraps, in {@link #locale()}'s language. */
    public Sentences sentences() {
        return ExplanationText.sentences(this);
    }

    /** The verdict's headline alone, such as {@code overfitting since epoch 7}. */
    public String headline() {
        return ExplanationText.headline(this);
    }

    Optional<Part> output() {
        return layers.isEmpty() ? Optional.empty() : Optional.of(layers.get(layers.size() - 1));
    }
}
