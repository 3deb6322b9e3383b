package dev.neurona.spark;

import dev.neurona.runtime.io.ModelFile;
import dev.neurona.runtime.io.ModelSnapshot;
import dev.neurona.runtime.linalg.ComputePool;
import dev.neurona.runtime.nn.Network;
import dev.neurona.runtime.spec.ModelSpec;
import dev.neurona.runtime.train.History;
import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * A network's spec and weights on their way to workers, as the bytes of a model file (checked by
 * its checksum on arrival). Each worker process decodes them once.
 */
final class ShippedModel implements Serializable {
    private static final long serialVersionUID = 1L;

    private final byte[] bytes;
    private transient @Nullable ModelSnapshot snapshot;

    private ShippedModel(byte[] bytes) {
        this.bytes = bytes;
    }

    static ShippedModel of(Network network) {
        return new ShippedModel(
                ModelFile.toBytes(new ModelSnapshot(network.spec(), null, null, History.EMPTY, network.copyWeights())));
    }

    ModelSpec spec() {
        return snapshot().spec();
    }

    /**
     * A new network of the shipped spec holding the shipped weights. It computes on one thread:
     * Spark already runs one task per core.
     */
    Network newNetwork() {
        Network network = new Network(spec(), 0, new ComputePool(1));
        network.setWeights(snapshot().weights());
        return network;
    }

    private synchronized ModelSnapshot snapshot() {
        if (snapshot == null) snapshot = ModelFile.fromBytes(bytes, "the model sent by the driver");
        return snapshot;
    }
}
