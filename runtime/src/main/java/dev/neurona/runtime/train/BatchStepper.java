package dev.neurona.runtime.train;

import dev.neurona.runtime.data.Batch;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.loss.Loss;
import dev.neurona.runtime.loss.Targets;
import dev.neurona.runtime.nn.Network;
import dev.neurona.runtime.optim.GradientClipping;
import dev.neurona.runtime.optim.Optimizer;
import dev.neurona.runtime.optim.Param;
import dev.neurona.runtime.optim.Penalties;
import dev.neurona.runtime.spec.TrainSpec;
import java.util.List;
import org.ejml.data.FMatrixRMaj;
import org.jspecify.annotations.Nullable;

/**
 * One minibatch update of a network, the step that local and distributed training both repeat:
 * gather the batch's rows, forward, loss, backward, L1/L2 penalties, and — when the loss is
 * finite — gradient clipping and one optimizer step. The optimizer (and its state) is made here,
 * once; every buffer is made once and reused, so a step allocates nothing.
 */
public final class BatchStepper {
    private final Network network;
    private final TrainSpec spec;
    private final Loss loss;
    private final List<Param> params;
    private final Optimizer optimizer;
    private final Targets targets;
    private final FMatrixRMaj batchInput = new FMatrixRMaj(1, 1);
    private final FMatrixRMaj gradient = new FMatrixRMaj(1, 1);
    private @Nullable FMatrixRMaj lastOutput;

    /** A stepper for {@code network} (whose weights it updates) with the loss, penalties, clipping and optimizer of {@code spec}. */
    public BatchStepper(Network network, TrainSpec spec) {
        this.network = network;
        this.spec = spec;
        this.loss = Loss.create(
                spec.lossFor(network.spec()), network.outputActivation().kind());
        this.params = network.params();
        this.optimizer = Optimizer.create(spec.optimizer(), params, network.pool());
        this.targets = new Targets(network.outputWidth());
    }

    public Network network() {
        return network;
    }

    public TrainSpec spec() {
        return spec;
    }

    public Loss loss() {
        return loss;
    }

    /** The optimizer, whose state {@link Optimizer#state()} and {@link Optimizer#restore} move between workers. */
    public Optimizer optimizer() {
        return optimizer;
    }

    /**
     * One update from rows {@code order[from .. from + count)} of {@code data} at learning rate
     * {@code lr}. Returns the batch's loss: its mean data loss plus the penalty
     * {@code l1·Σ|w| + l2·Σw²}. When that is NaN or infinite nothing is updated (the caller
     * reports the divergence); otherwise the network's weights and the optimizer's state change.
     * Gradients are overwritten either way.
     */
    public double step(Dataset data, int[] order, int from, int count, double lr) {
        BatchGather.features(data, order, from, count, batchInput);
        targets.gather(data, order, from, count);
        return update(lr);
    }

    /** Forward, loss, backward, penalties, clipping and the optimizer step on the gathered batch. */
    private double update(double lr) {
        FMatrixRMaj output = network.forward(batchInput, true);
        lastOutput = output;
        double batchLoss = loss.compute(output, network.logits(), targets, gradient);
        network.backward(gradient, loss.fused());
        if (spec.l1() > 0 || spec.l2() > 0) {
            batchLoss += Penalties.addGradients(params, spec.l1(), spec.l2());
        }
        if (!Double.isFinite(batchLoss)) {
            return batchLoss;
        }
        if (spec.clipNorm() > 0) {
            GradientClipping.clipGlobalNorm(params, spec.clipNorm());
        }
        optimizer.step(lr);
        return batchLoss;
    }

    /** As {@link #step(Dataset, int[], int, int, double)}, on the rows of a streamed batch. */
    public double step(Batch batch, double lr) {
        int count = batch.rows();
        batchInput.reshape(count, batch.width());
        System.arraycopy(batch.features(), 0, batchInput.data, 0, count * batch.width());
        targets.gather(batch.labels(), batch.targets(), count);
        return update(lr);
    }

    /** How many rows of the last step's batch its (pre-update) outputs classified correctly; 0 for regression. */
    public int correctInLastBatch() {
        return targets.isClassification() && lastOutput != null ? BatchGather.correct(lastOutput, targets) : 0;
    }

    /** The current penalty {@code l1·Σ|w| + l2·Σw²}, added to validation losses; 0 without penalties. */
    public double penalty() {
        return spec.l1() > 0 || spec.l2() > 0 ? Penalties.value(params, spec.l1(), spec.l2()) : 0;
    }
}
