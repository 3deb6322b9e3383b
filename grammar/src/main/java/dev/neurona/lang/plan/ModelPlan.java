package dev.neurona.lang.plan;

import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.runtime.nn.LayerSpec;
import java.util.List;
import java.util.Optional;

/**
 * {@code model NAME ...}: a fresh model of this architecture, its weights drawn from the seed
 * stream.
 *
 * @param template the block it was compiled from, kept for later instances; empty for a copy of
 *                 a loaded model
 */
public record ModelPlan(
        String name, InputPlan input, List<LayerSpec> layers, Optional<Template> template, SourceSpan where)
        implements Plan {
    public ModelPlan {
        layers = List.copyOf(layers);
    }

    @Override
    public <R> R accept(PlanVisitor<R> visitor) {
        return visitor.visitModel(this);
    }
}
