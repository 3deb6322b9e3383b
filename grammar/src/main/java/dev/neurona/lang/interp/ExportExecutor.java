package dev.neurona.lang.interp;

import dev.neurona.lang.plan.ExportPlan;
import dev.neurona.onnx.OnnxExport;
import dev.neurona.runtime.Printable;

/** Runs {@code export MODEL to "file.onnx"}: the model, its preprocessing included, as ONNX (written whole or not at all). */
final class ExportExecutor {

    private ExportExecutor() {}

    static void run(ExportPlan plan, RunContext context) {
        OnnxExport.write(context.workspace().model(plan.model()), plan.file());
        if (!context.quiet()) {
            context.out()
                    .println(context.messages()
                            .text(
                                    "run.exported",
                                    plan.model(),
                                    Printable.escape(plan.file().toString()),
                                    String.valueOf(OnnxExport.OPSET)));
        }
    }
}
