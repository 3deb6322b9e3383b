package dev.neurona.runtime.explain;

import dev.neurona.runtime.data.Schema;
import dev.neurona.runtime.data.Task;
import dev.neurona.runtime.nn.LayerSpec;
import dev.neurona.runtime.nn.dense.DenseSpec;
import dev.neurona.runtime.spec.ModelSpec;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Checks a model against the rules of thumb of a first course. Tabular data (a flat input): one
 * hidden layer, the first with 2–3 times the inputs — more than {@value #TABULAR_MOST} times
 * is pointed out, as is a first layer narrower than its input. Images (a 2-D or 3-D input) fed to
 * dense layers: the first dense layer far smaller than the pixels — more than
 * {@value #IMAGE_MOST} of them is pointed out. The output: one neuron per regression target, one
 * per class (or one sigmoid neuron for two classes), once the data is known.
 */
public final class SizingAdvice {

    /** The widest first hidden layer the advice accepts for tabular data, in multiples of the inputs. */
    public static final int TABULAR_MOST = 3;
    /** The widest first dense layer the advice accepts on an image, as a share of its pixels. */
    public static final double IMAGE_MOST = 0.5;

    private SizingAdvice() {}

    /**
     * The advice for {@code spec}; {@link Advice.Kind#SIZES_FIT} alone when nothing is amiss.
     *
     * @param schema the data the model learned from, or null before training
     */
    public static List<Advice> of(ModelSpec spec, @Nullable Schema schema) {
        List<Advice> advice = new ArrayList<>();
        List<DenseSpec> dense = new ArrayList<>();
        for (LayerSpec layer : spec.layers())
            if (layer instanceof DenseSpec d) {
                dense.add(d);
            }
        // After a convolution the dense layers see its maps, not the input: the advice is for MLPs.
        boolean denseFirst = !dense.isEmpty() && firstTrainable(spec) instanceof DenseSpec;
        int inputs = spec.inputWidth();
        int hidden = denseFirst ? dense.size() - 1 : 0;
        if (denseFirst && hidden > 0) {
            int first = dense.get(0).units();
            if (!spec.input().isMap()) {
                if (first > TABULAR_MOST * inputs) {
                    advice.add(new Advice(Advice.Kind.TABULAR_FIRST_TOO_WIDE, first, inputs));
                } else if (first < inputs) {
                    advice.add(new Advice(Advice.Kind.TABULAR_FIRST_TOO_NARROW, first, inputs));
                }
                if (hidden > 1) {
                    advice.add(new Advice(Advice.Kind.TABULAR_MANY_HIDDEN, first, hidden));
                }
            } else if (first > IMAGE_MOST * inputs) {
                advice.add(new Advice(Advice.Kind.IMAGE_FIRST_TOO_WIDE, first, inputs));
            }
        }
        if (schema != null) {
            int outputs = spec.outputWidth();
            if (schema.task() == Task.REGRESSION && outputs != schema.targetWidth()) {
                advice.add(new Advice(Advice.Kind.REGRESSION_OUTPUTS, outputs, schema.targetWidth()));
            } else if (schema.task() == Task.CLASSIFICATION
                    && outputs != schema.classCount()
                    && !(outputs == 1 && schema.classCount() == 2)) {
                advice.add(new Advice(Advice.Kind.CLASS_OUTPUTS, outputs, schema.classCount()));
            }
        }
        if (advice.isEmpty()) {
            advice.add(new Advice(Advice.Kind.SIZES_FIT, 0, 0));
        }
        return List.copyOf(advice);
    }

    private static @Nullable LayerSpec firstTrainable(ModelSpec spec) {
        for (LayerSpec layer : spec.layers())
            if (layer.isNumbered()) {
                return layer;
            }
        return null;
    }
}
