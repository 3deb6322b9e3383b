package dev.neurona.runtime.nn.norm;

import dev.neurona.runtime.nn.Layer;
import dev.neurona.runtime.nn.LayerContext;
import dev.neurona.runtime.nn.LayerFields;
import dev.neurona.runtime.nn.LayerSpec;
import dev.neurona.runtime.nn.Shape;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Batch normalisation, per channel after maps and per unit after a vector: while training each
 * value is standardised with its batch's mean and variance, at inference with running ones,
 * then scaled by γ and shifted by β (learned). {@code running = momentum·running + (1 − momentum)·batch},
 * as in Keras. Per channel it holds γ and β (2 parameters, as PyTorch counts them) and keeps the
 * running mean and variance with the model.
 */
public record BatchNormSpec(double momentum, double epsilon) implements LayerSpec {
    public static final String KIND = "batchnorm";
    public static final double DEFAULT_MOMENTUM = 0.99;
    public static final double DEFAULT_EPSILON = 0.001;

    public BatchNormSpec {
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("batchnorm momentum must be in [0, 1), got " + momentum);
        }
        if (!(epsilon > 0 && epsilon < 1)) {
            throw new IllegalArgumentException("batchnorm eps must be in (0, 1), got " + epsilon);
        }
    }

    public BatchNormSpec() {
        this(DEFAULT_MOMENTUM, DEFAULT_EPSILON);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Shape outputShape(Shape input) {
        return input;
    }

    @Override
    public long parameterCount(Shape input) {
        return 2L * input.channels();
    }

    @Override
    public String parameterFormula(Shape input) {
        return LayerSpec.formula(input.channels() + "", input.channels(), parameterCount(input));
    }

    @Override
    public long stateCount(Shape input) {
        return 2L * input.channels();
    }

    @Override
    public boolean isNumbered() {
        return true;
    }

    @Override
    public String describe() {
        return KIND
                + (momentum == DEFAULT_MOMENTUM ? "" : " momentum=" + LayerFields.number(momentum))
                + (epsilon == DEFAULT_EPSILON ? "" : " eps=" + LayerFields.number(epsilon));
    }

    @Override
    public void write(DataOutput out) throws IOException {
        out.writeDouble(momentum);
        out.writeDouble(epsilon);
    }

    public static BatchNormSpec read(DataInput in) throws IOException {
        return new BatchNormSpec(in.readDouble(), in.readDouble());
    }

    @Override
    public Layer build(Shape input, LayerContext context) {
        return new BatchNorm(context.name(), input, this, context.pool());
    }
}
