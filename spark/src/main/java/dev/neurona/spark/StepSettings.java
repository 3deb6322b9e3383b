package dev.neurona.spark;

import dev.neurona.runtime.spec.LossKind;
import dev.neurona.runtime.spec.LossSpec;
import dev.neurona.runtime.spec.OptimizerKind;
import dev.neurona.runtime.spec.OptimizerSpec;
import dev.neurona.runtime.spec.TrainSpec;
import java.io.Serializable;

/**
 * The part of a {@link TrainSpec} a worker's update step uses — loss, optimizer, batch size,
 * penalties, clipping — in a form Java serialization can ship (the runtime's specs are plain
 * records; this holds their fields). Epochs, schedule, validation, early stopping and
 * checkpoints stay on the driver.
 */
record StepSettings(
        LossKind loss,
        double lossDelta,
        OptimizerKind optimizer,
        double lr,
        double momentum,
        boolean nesterov,
        double beta1,
        double beta2,
        double eps,
        double rho,
        double weightDecay,
        int batchSize,
        double l1,
        double l2,
        double clipNorm)
        implements Serializable {

    /** The settings of {@code spec}, with the loss it resolves to for its model. */
    static StepSettings of(TrainSpec spec, LossSpec loss) {
        OptimizerSpec o = spec.optimizer();
        return new StepSettings(
                loss.kind(),
                loss.delta(),
                o.kind(),
                o.lr(),
                o.momentum(),
                o.nesterov(),
                o.beta1(),
                o.beta2(),
                o.eps(),
                o.rho(),
                o.weightDecay(),
                spec.batchSize(),
                spec.l1(),
                spec.l2(),
                spec.clipNorm());
    }

    /** A spec that steps exactly as the one these settings came from. */
    TrainSpec toTrainSpec() {
        return TrainSpec.builder()
                .loss(new LossSpec(loss, lossDelta))
                .optimizer(new OptimizerSpec(optimizer, lr, momentum, nesterov, beta1, beta2, eps, rho, weightDecay))
                .batchSize(batchSize)
                .l1(l1)
                .l2(l2)
                .clipNorm(clipNorm)
                .build();
    }
}
