package dev.neurona.runtime.spec;

/** A fully connected layer: {@code units} outputs, then {@code activation}. */
public record DenseSpec(int units, ActivationSpec activation, InitSpec init) implements LayerSpec {
    public DenseSpec {
        if (units <= 0) throw new IllegalArgumentException("a dense layer needs at least one unit, got " + units);
        if (activation == null) activation = ActivationSpec.LINEAR;
        if (init == null) init = InitSpec.AUTO;
    }

    public DenseSpec(int units, ActivationSpec activation) {
        this(units, activation, InitSpec.AUTO);
    }
}
