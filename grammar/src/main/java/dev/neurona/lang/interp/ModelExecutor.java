package dev.neurona.lang.interp;

import dev.neurona.lang.plan.InputPlan;
import dev.neurona.lang.plan.ModelPlan;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.spec.ModelSpec;
import java.util.List;

/** Runs {@code model NAME ...}: builds the architecture and draws fresh weights from the seed stream. */
final class ModelExecutor {

    private ModelExecutor() {}

    static void run(ModelPlan plan, RunContext context) {
        List<Integer> shape = plan.input() instanceof InputPlan.Fixed fixed
                ? fixed.shape()
                : context.workspace()
                        .schema(((InputPlan.FromData) plan.input()).data())
                        .featureShape();
        ModelSpec spec = new ModelSpec(shape, plan.layers());
        Model model = Model.create(spec, context.seeds().next(), context.pool());
        context.workspace().putModel(plan.name(), model, plan.template());
    }
}
