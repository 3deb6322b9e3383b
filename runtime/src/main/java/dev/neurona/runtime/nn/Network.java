package dev.neurona.runtime.nn;

import dev.neurona.runtime.linalg.ComputePool;
import dev.neurona.runtime.optim.Param;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.ModelSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ejml.data.FMatrixRMaj;
import org.jspecify.annotations.Nullable;

/**
 * A live network built from a {@link ModelSpec}: layers in order, their params, and the buffers
 * of the forward and backward passes. Weights come from the seed alone. Not thread-safe: one
 * thread trains or predicts at a time (the matmuls inside use the compute pool).
 */
public final class Network {
    /** Rows pushed through at once when predicting, to bound the buffers' size. */
    public static final int PREDICT_CHUNK = 512;
    /** The most floats one Java array may hold; a layer's weights live in one. */
    private static final long MOST_WEIGHTS = Integer.MAX_VALUE - 8;

    private final ModelSpec spec;
    private final ComputePool pool;
    /** Worked out once: the spec folds every layer's shape to find them, and forward asks each batch. */
    private final int inputWidth;

    private final int outputWidth;
    private final List<Layer> layers;
    private final List<Param> params;
    /** What a model file holds: every param's values, then every layer's state. */
    private final List<float[]> weights;

    private final NoiseSource noise = new NoiseSource();
    private final FMatrixRMaj chunk = new FMatrixRMaj(1, 1);

    public Network(ModelSpec spec, long seed, ComputePool pool) {
        this.spec = spec;
        this.pool = pool;
        this.inputWidth = spec.inputWidth();
        this.outputWidth = spec.outputWidth();
        SplittableRandom random = new SplittableRandom(seed);
        List<Layer> built = new ArrayList<>();
        Map<String, Integer> numbers = new HashMap<>();
        Shape shape = spec.input();
        for (LayerSpec layer : spec.layers()) {
            int number = numbers.merge(layer.kind(), 1, Integer::sum);
            if (layer.parameterCount(shape) > MOST_WEIGHTS) {
                throw new ShapeException(
                        "'" + layer.describe() + "' after " + shape + " inputs has more weights than one array holds");
            }
            built.add(layer.build(shape, new LayerContext(layer.kind() + number, random, pool, noise)));
            shape = layer.outputShape(shape);
        }
        this.layers = Collections.unmodifiableList(built);
        List<Param> all = new ArrayList<>();
        List<float[]> saved = new ArrayList<>();
        for (Layer layer : built) all.addAll(layer.params());
        for (Param p : all) saved.add(p.value());
        for (Layer layer : built) saved.addAll(layer.state());
        this.params = Collections.unmodifiableList(all);
        this.weights = Collections.unmodifiableList(saved);
    }

    public ModelSpec spec() {
        return spec;
    }

    public List<Layer> layers() {
        return layers;
    }

    /** Every trainable array, in layer order. */
    public List<Param> params() {
        return params;
    }

    /** The threads its layers (and an optimizer training it) run on. */
    public ComputePool pool() {
        return pool;
    }

    public int inputWidth() {
        return inputWidth;
    }

    public int outputWidth() {
        return outputWidth;
    }

    public ActivationSpec outputActivation() {
        return spec.outputActivation();
    }

    /** The total number of trainable numbers. */
    public long parameterCount() {
        long count = 0;
        for (Param p : params) count += p.size();
        return count;
    }

    /**
     * Restarts the dropout noise stream; the trainer does this from its seed. The masks drawn
     * after {@code reseedNoise(s)} are those of {@code new SplittableRandom(s)}.
     */
    public void reseedNoise(long seed) {
        noise.reseed(seed);
    }

    /**
     * Where the dropout noise stream stands: {@code reseedNoise(noiseState())}, here or on
     * another network of the same spec, continues the stream exactly from this point.
     */
    public long noiseState() {
        return noise.state();
    }

    /** Runs a batch through every layer; the result is the last layer's own buffer. */
    public FMatrixRMaj forward(FMatrixRMaj input, boolean training) {
        if (input.numCols != inputWidth()) {
            throw new IllegalArgumentException("the network takes " + inputWidth() + " inputs, got " + input.numCols);
        }
        FMatrixRMaj x = input;
        for (Layer layer : layers) x = layer.forward(x, training);
        return x;
    }

    /**
     * Backpropagates dL/d(output) of the last forward batch, leaving every param's gradient in
     * place. {@code gradIsPreActivation}: the gradient is with respect to the output layer's
     * logits (softmax or sigmoid fused with its loss).
     */
    public void backward(FMatrixRMaj gradOutput, boolean gradIsPreActivation) {
        FMatrixRMaj g = gradOutput;
        for (int i = layers.size() - 1; i >= 0; i--) {
            boolean last = i == layers.size() - 1;
            FMatrixRMaj input = layers.get(i).backward(g, last && gradIsPreActivation, i > 0);
            if (input == null) { // the first layer's, which no one needs
                break;
            }
            g = input;
        }
    }

    /** The output layer's values before its activation, for the last forward batch. */
    public @Nullable FMatrixRMaj logits() {
        return layers.isEmpty() ? null : layers.get(layers.size() - 1).preActivation();
    }

    /** Outputs for {@code rows} rows of features (row-major), in inference mode. */
    public float[] predict(float[] features, int rows) {
        int in = inputWidth();
        if (features.length < rows * in) {
            throw new IllegalArgumentException("expected " + rows + " × " + in + " features, got " + features.length);
        }
        return predict(rows, (row, into, at) -> System.arraycopy(features, row * in, into, at, in));
    }

    /** Writes the features of one input row into a batch: {@code inputWidth()} values from {@code at}. */
    @FunctionalInterface
    public interface RowSource {
        void write(int row, float[] into, int at);
    }

    /**
     * The outputs for {@code rows} input rows that {@code source} writes straight into the batch
     * the network reads, so a caller that prepares rows (e.g. raw values being normalised) makes
     * no copy of its own.
     */
    public float[] predict(int rows, RowSource source) {
        int in = inputWidth();
        int out = outputWidth();
        float[] result = new float[rows * out];
        for (int start = 0; start < rows; start += PREDICT_CHUNK) {
            int n = Math.min(PREDICT_CHUNK, rows - start);
            chunk.reshape(n, in);
            for (int r = 0; r < n; r++) {
                source.write(start + r, chunk.data, r * in);
            }
            FMatrixRMaj y = forward(chunk, false);
            System.arraycopy(y.data, 0, result, start * out, n * out);
        }
        return result;
    }

    /**
     * What every layer gives for one example, in inference mode: entry i is layer i's output
     * (C·H·W values, channel by channel, for maps; see {@link ModelSpec#shapes()}). For pictures
     * of feature maps and for explaining a prediction; not for the hot path.
     */
    public List<float[]> layerOutputs(float[] features) {
        if (features.length != inputWidth()) {
            throw new IllegalArgumentException("the network takes " + inputWidth() + " inputs, got " + features.length);
        }
        FMatrixRMaj x = FMatrixRMaj.wrap(1, features.length, features.clone());
        List<float[]> outputs = new ArrayList<>(layers.size());
        for (Layer layer : layers) {
            x = layer.forward(x, false);
            outputs.add(java.util.Arrays.copyOf(x.data, layer.outputWidth()));
        }
        return outputs;
    }

    /** A copy of the model's numbers: every param's values in {@link #params()} order, then each layer's state. */
    public float[][] copyWeights() {
        float[][] copy = new float[weights.size()][];
        for (int i = 0; i < copy.length; i++) copy[i] = weights.get(i).clone();
        return copy;
    }

    /** Copies the model's numbers into {@code target} (same shapes), reusing its arrays. */
    public void copyWeightsInto(float[][] target) {
        for (int i = 0; i < target.length; i++) {
            float[] v = weights.get(i);
            System.arraycopy(v, 0, target[i], 0, v.length);
        }
    }

    /** Overwrites the model's numbers with {@code values} (as from {@link #copyWeights()}). */
    public void setWeights(float[][] values) {
        if (values.length != weights.size()) {
            throw new IllegalArgumentException("expected " + weights.size() + " weight arrays, got " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            float[] v = weights.get(i);
            if (values[i].length != v.length) {
                String name = i < params.size() ? params.get(i).name() : "state " + (i - params.size());
                throw new IllegalArgumentException(name + " holds " + v.length + " numbers, got " + values[i].length);
            }
            System.arraycopy(values[i], 0, v, 0, v.length);
        }
    }
}
