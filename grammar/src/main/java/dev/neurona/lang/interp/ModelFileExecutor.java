package dev.neurona.lang.interp;

import dev.neurona.lang.plan.LoadPlan;
import dev.neurona.lang.plan.SavePlan;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.Printable;
import java.util.Optional;

/** Runs {@code save MODEL to "file"} (atomic) and {@code load NAME from "file"} (integrity checked). */
final class ModelFileExecutor {

    private ModelFileExecutor() {}

    static void save(SavePlan plan, RunContext context) {
        context.workspace().model(plan.model()).save(plan.file());
        if (!context.quiet()) {
            context.out()
                    .println(context.messages()
                            .text(
                                    "run.saved",
                                    plan.model(),
                                    Printable.escape(plan.file().toString())));
        }
    }

    static void load(LoadPlan plan, RunContext context) {
        Model model = Model.load(plan.file(), context.pool());
        context.workspace().putModel(plan.name(), model, Optional.empty());
        if (!context.quiet()) {
            context.out()
                    .println(context.messages()
                            .text(
                                    "run.loaded",
                                    plan.name(),
                                    Printable.escape(plan.file().toString())));
        }
    }
}
