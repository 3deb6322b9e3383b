package dev.neurona.runtime.nn;

import dev.neurona.runtime.nn.activation.ActivationLayerSpec;
import dev.neurona.runtime.nn.conv.ConvSpec;
import dev.neurona.runtime.nn.dense.DenseSpec;
import dev.neurona.runtime.nn.dropout.DropoutSpec;
import dev.neurona.runtime.nn.flatten.FlattenSpec;
import dev.neurona.runtime.nn.norm.BatchNormSpec;
import dev.neurona.runtime.nn.pool.GlobalAvgPoolSpec;
import dev.neurona.runtime.nn.pool.PoolSpec;
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
            DenseSpec.KIND,
            DenseSpec::read,
            DropoutSpec.KIND,
            DropoutSpec::read,
            ActivationLayerSpec.KIND,
            ActivationLayerSpec::read,
            ConvSpec.KIND,
            ConvSpec::read,
            PoolSpec.Op.MAX.kind(),
            PoolSpec::readMax,
            PoolSpec.Op.AVG.kind(),
            PoolSpec::readAvg,
            GlobalAvgPoolSpec.KIND,
            GlobalAvgPoolSpec::read,
            FlattenSpec.KIND,
            FlattenSpec::read,
            BatchNormSpec.KIND,
            BatchNormSpec::read);

    private LayerKinds() {}

    /** The keyword of every layer kind. */
    public static java.util.Set<String> kinds() {
        return READERS.keySet();
    }

    /** The layer of kind {@code kind} whose fields follow in {@code in}. */
    public static LayerSpec read(String kind, DataInput in) throws IOException {
        Reader reader = READERS.get(kind);
        if (reader == null) {
            throw new IOException("unknown layer kind '" + kind + "'");
        }
        return reader.read(in);
    }
}
