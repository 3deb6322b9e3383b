package dev.neurona.runtime.io;

import dev.neurona.runtime.data.InputColumn;
import dev.neurona.runtime.data.Preprocessing;
import dev.neurona.runtime.data.Schema;
import dev.neurona.runtime.data.Task;
import dev.neurona.runtime.nn.LayerKinds;
import dev.neurona.runtime.nn.LayerSpec;
import dev.neurona.runtime.nn.Shape;
import dev.neurona.runtime.nn.activation.ActivationLayerSpec;
import dev.neurona.runtime.nn.dense.DenseSpec;
import dev.neurona.runtime.nn.dropout.DropoutSpec;
import dev.neurona.runtime.spec.ModelSpec;
import dev.neurona.runtime.train.EpochMetrics;
import dev.neurona.runtime.train.History;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of a model file: a {@link ModelSnapshot} as a sequence of big-endian fields. Enums
 * are stored by name, so reordering them never changes the meaning of an old file.
 */
final class ModelCodec {
    private ModelCodec() {}

    static byte[] encode(ModelSnapshot model) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            writeSpec(out, model.spec());
            out.writeBoolean(model.schema() != null);
            if (model.schema() != null) {
                writeSchema(out, model.schema());
            }
            out.writeBoolean(model.preprocessing() != null);
            if (model.preprocessing() != null) {
                writePreprocessing(out, model.preprocessing());
            }
            writeHistory(out, model.history());
            out.writeInt(model.weights().length);
            for (float[] w : model.weights()) writeFloats(out, w);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
    }

    static ModelSnapshot decode(DataInputStream in, int version) throws IOException {
        ModelSpec spec = readSpec(in, version);
        Schema schema = in.readBoolean() ? readSchema(in) : null;
        Preprocessing preprocessing = in.readBoolean() ? readPreprocessing(in) : null;
        History history = readHistory(in);
        float[][] weights = new float[count(in, Integer.BYTES, "weight arrays")][];
        long numbers = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = readFloats(in);
            numbers += weights[i].length;
        }
        long needed = numbersNeeded(spec);
        if (numbers != needed) {
            // Before the network is built from the spec: a spec can ask for far more than the file holds.
            throw new IOException("it holds " + numbers + " weights and statistics, but its layers need " + needed);
        }
        requireFinite(weights);
        return new ModelSnapshot(spec, schema, preprocessing, history, weights);
    }

    /** Every layer's parameters and state (batchnorm's running statistics), counted from the spec alone. */
    private static long numbersNeeded(ModelSpec spec) {
        long total = 0;
        Shape shape = spec.input();
        for (LayerSpec layer : spec.layers()) {
            total += layer.parameterCount(shape) + layer.stateCount(shape);
            shape = layer.outputShape(shape);
        }
        return total;
    }

    /**
     * A count read from the file, checked against the bytes left before anything is allocated
     * for it: a damaged or hostile count must not ask for more memory than the file could fill.
     */
    private static int count(DataInputStream in, int bytesEach, String what) throws IOException {
        int count = in.readInt();
        long left = in.available();
        if (count < 0 || (long) count * bytesEach > left) {
            throw new IOException("it claims " + count + " " + what + ", but only " + left + " bytes are left");
        }
        return count;
    }

    private static void writeSpec(DataOutputStream out, ModelSpec spec) throws IOException {
        writeInts(out, spec.inputShape());
        out.writeInt(spec.layers().size());
        for (LayerSpec layer : spec.layers()) {
            out.writeUTF(layer.kind());
            layer.write(out);
        }
    }

    private static ModelSpec readSpec(DataInputStream in, int version) throws IOException {
        List<Integer> shape = readInts(in);
        int count = count(in, 1, "layers");
        List<LayerSpec> layers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String kind = version == 1 ? version1Kind(in.readByte()) : in.readUTF();
            layers.add(LayerKinds.read(kind, in));
        }
        return new ModelSpec(shape, layers);
    }

    /** Format 1 (Neurona 0.1) tagged its three kinds by number; their fields are as today's. */
    private static String version1Kind(int tag) throws IOException {
        return switch (tag) {
            case 1 -> DenseSpec.KIND;
            case 2 -> DropoutSpec.KIND;
            case 3 -> ActivationLayerSpec.KIND;
            default -> throw new IOException("unknown layer tag " + tag);
        };
    }

    private static void writeSchema(DataOutputStream out, Schema schema) throws IOException {
        writeStrings(out, schema.featureNames());
        writeInts(out, schema.featureShape());
        out.writeUTF(schema.task().name());
        writeStrings(out, schema.classNames());
        writeStrings(out, schema.targetNames());
    }

    private static Schema readSchema(DataInputStream in) throws IOException {
        return new Schema(readStrings(in), readInts(in), Task.valueOf(in.readUTF()), readStrings(in), readStrings(in));
    }

    private static void writePreprocessing(DataOutputStream out, Preprocessing p) throws IOException {
        out.writeInt(p.columns().size());
        for (InputColumn column : p.columns()) {
            out.writeUTF(column.name());
            writeStrings(out, column.categories());
            out.writeDouble(column.fillValue());
        }
        writeFloats(out, p.shift());
        writeFloats(out, p.scale());
    }

    private static Preprocessing readPreprocessing(DataInputStream in) throws IOException {
        int count = count(in, 2 + Integer.BYTES + Double.BYTES, "input columns");
        List<InputColumn> columns = new ArrayList<>(count);
        for (int i = 0; i < count; i++) columns.add(new InputColumn(in.readUTF(), readStrings(in), in.readDouble()));
        return new Preprocessing(columns, readFloats(in), readFloats(in));
    }

    private static void writeHistory(DataOutputStream out, History history) throws IOException {
        out.writeInt(history.size());
        for (EpochMetrics m : history.epochs()) {
            out.writeInt(m.epoch());
            out.writeInt(m.epochs());
            for (double v :
                    new double[] {m.loss(), m.accuracy(), m.valLoss(), m.valAccuracy(), m.learningRate(), m.seconds()
                    }) {
                out.writeDouble(v);
            }
        }
    }

    private static History readHistory(DataInputStream in) throws IOException {
        int count = count(in, 2 * Integer.BYTES + 6 * Double.BYTES, "epochs");
        List<EpochMetrics> epochs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            epochs.add(new EpochMetrics(
                    in.readInt(),
                    in.readInt(),
                    in.readDouble(),
                    in.readDouble(),
                    in.readDouble(),
                    in.readDouble(),
                    in.readDouble(),
                    in.readDouble()));
        }
        return new History(epochs);
    }

    private static void writeStrings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String v : values) out.writeUTF(v);
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int count = count(in, 2, "names");
        List<String> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) values.add(in.readUTF());
        return values;
    }

    private static void writeInts(DataOutputStream out, List<Integer> values) throws IOException {
        out.writeInt(values.size());
        for (int v : values) out.writeInt(v);
    }

    private static List<Integer> readInts(DataInputStream in) throws IOException {
        int count = count(in, Integer.BYTES, "numbers");
        List<Integer> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) values.add(in.readInt());
        return values;
    }

    private static void writeFloats(DataOutputStream out, float[] values) throws IOException {
        out.writeInt(values.length);
        for (float v : values) out.writeFloat(v);
    }

    /** A weight that is NaN or infinite predicts NaN for every row: refused, not loaded silently. */
    private static void requireFinite(float[][] weights) throws IOException {
        for (int i = 0; i < weights.length; i++) {
            for (int j = 0; j < weights[i].length; j++) {
                if (!Float.isFinite(weights[i][j])) {
                    throw new IOException("weight " + (j + 1) + " of array " + (i + 1) + " is " + weights[i][j]
                            + ", not a number a model can use (it was saved after training diverged, or edited);"
                            + " train the model again, with a lower learning rate or 'clip_norm', and save it again");
                }
            }
        }
    }

    private static float[] readFloats(DataInputStream in) throws IOException {
        float[] values = new float[count(in, Float.BYTES, "numbers")];
        for (int i = 0; i < values.length; i++) values[i] = in.readFloat();
        return values;
    }
}
