package dev.neurona.lang.plan;

import dev.neurona.runtime.nn.LayerSpec;
import dev.neurona.runtime.spec.TrainSpec;
import java.util.List;
import java.util.Optional;

/**
 * One combination of a sweep's values, compiled: the model to build and how to train it.
 *
 * @param choices  for each axis of the sweep, the index of this combination's value
 * @param template the sweep's template with this combination's parameters as its defaults, for
 *                 later instances of the model it binds; empty when the sweep started from a
 *                 model without a template
 */
public record SweepCombination(
        List<Integer> choices, InputPlan input, List<LayerSpec> layers, Optional<Template> template, TrainSpec spec) {
    public SweepCombination {
        choices = List.copyOf(choices);
        layers = List.copyOf(layers);
    }
}
