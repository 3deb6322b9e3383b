package dev.neurona.runtime.spec;

/** An activation standing on its own line, applied to the previous layer's output. */
public record ActivationLayerSpec(ActivationSpec activation) implements LayerSpec {
    public ActivationLayerSpec {
        if (activation == null) throw new IllegalArgumentException("activation is required");
    }
}
