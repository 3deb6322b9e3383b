package dev.neurona.spark;

import dev.neurona.runtime.nn.Network;
import dev.neurona.runtime.train.BatchStepper;
import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * What stays fixed for a whole distributed training run, broadcast once: the network's spec, the
 * update step's settings, each partition's batch size, and the test fault if any. A worker
 * process keeps one {@link BatchStepper} per partition it serves, so a round allocates no
 * network; every round overwrites the stepper's weights, optimizer state and noise position.
 */
final class TrainingSetup implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ShippedModel model;
    private final StepSettings settings;
    private final int[] batchSizes;
    private final @Nullable FaultInjection fault;
    private transient @Nullable Map<Integer, BatchStepper> idle;

    TrainingSetup(ShippedModel model, StepSettings settings, int[] batchSizes, @Nullable FaultInjection fault) {
        this.model = model;
        this.settings = settings;
        this.batchSizes = batchSizes;
        this.fault = fault;
    }

    int batchSize(int partition) {
        return batchSizes[partition];
    }

    /** Throws the injected test fault when this task is the one to fail. */
    void checkFault(int round, int partition) {
        if (fault != null) fault.check(round, partition);
    }

    /** A stepper for {@code partition}'s task; no two tasks hold the same one. Give it back with {@link #checkIn}. */
    BatchStepper checkOut(int partition) {
        BatchStepper stepper = idle().remove(partition);
        if (stepper != null) return stepper;
        Network network = model.newNetwork();
        return new BatchStepper(network, settings.toTrainSpec());
    }

    void checkIn(int partition, BatchStepper stepper) {
        idle().put(partition, stepper);
    }

    private synchronized Map<Integer, BatchStepper> idle() {
        if (idle == null) idle = new ConcurrentHashMap<>();
        return idle;
    }
}
