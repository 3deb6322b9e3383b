package dev.neurona.runtime.spec;

/** One line of a model body, after the input: a dense layer, a dropout, or an activation. */
public sealed interface LayerSpec permits DenseSpec, DropoutSpec, ActivationLayerSpec {
}
