package dev.neurona.runtime.nn;

import dev.neurona.runtime.nn.activation.ActivationLayerSpec;
import dev.neurona.runtime.nn.dense.DenseSpec;
import dev.neurona.runtime.nn.dropout.DropoutSpec;

import java.io.DataInput;
import java.io.IOException;
import java.util.Map;

/** Every layer kind by its keyword: how a model file's layer is read back. One line per kind. */
public final class LayerKinds {

    /** Reads one kind's fields, as its {@link LayerSpec#write} wrote them. */
    @FunctionalInterface
    public interface Reader {
        LayerSpec read(DataInput in) throws IOException;
    }

    private static final Map<String, Reader> READERS = Map.of(
            DenseSpec.KIND, DenseSpec::read,
            DropoutSpec.KIND, DropoutSpec::read,
            ActivationLayerSpec.KIND, ActivationLayerSpec::read);

    private LayerKinds() {
    }

    /** The layer of kind {@code kind} whose fields follow in {@code in}. */
    public static LayerSpec read(String kind, DataInput in) throws IOException {
        Reader reader = READERS.get(kind);
        if (reader == null) throw new IOException("unknown layer kind '" + kind + "'");
        return reader.read(in);
    }
}
