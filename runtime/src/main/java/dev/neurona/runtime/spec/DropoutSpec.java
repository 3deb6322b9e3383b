package dev.neurona.runtime.spec;

/** Drops each unit with probability {@code rate} while training (inverted scaling). */
public record DropoutSpec(double rate) implements LayerSpec {
    public DropoutSpec {
        if (!(rate >= 0 && rate < 1)) {
            throw new IllegalArgumentException("dropout rate must be in [0, 1), got " + rate);
        }
    }
}
