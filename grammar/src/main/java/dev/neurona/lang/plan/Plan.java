package dev.neurona.lang.plan;

import dev.neurona.lang.ast.SourceSpan;

/**
 * One checked statement compiled for running: names resolved, values evaluated, options turned
 * into the runtime's immutable specs. Plans hold no syntax, only what running needs.
 */
public sealed interface Plan
        permits SeedPlan,
                DataPlan,
                ModelPlan,
                TrainPlan,
                EvaluatePlan,
                PredictPlan,
                PredictInputsPlan,
                SavePlan,
                LoadPlan,
                ExportPlan,
                PrintPlan,
                PrintTextPlan,
                ExplainPlan,
                PlotPlan,
                ReportPlan,
                SweepPlan {

    /** Where a failure while running this statement is reported: its culprit in the script. */
    SourceSpan where();

    <R> R accept(PlanVisitor<R> visitor);
}
