package dev.neurona.lang.interp;

import dev.neurona.lang.plan.DataPlan;
import dev.neurona.lang.plan.EvaluatePlan;
import dev.neurona.lang.plan.ExplainPlan;
import dev.neurona.lang.plan.ExportPlan;
import dev.neurona.lang.plan.LoadPlan;
import dev.neurona.lang.plan.ModelPlan;
import dev.neurona.lang.plan.PlanVisitor;
import dev.neurona.lang.plan.PlotPlan;
import dev.neurona.lang.plan.PredictInputsPlan;
import dev.neurona.lang.plan.PredictPlan;
import dev.neurona.lang.plan.PrintPlan;
import dev.neurona.lang.plan.PrintTextPlan;
import dev.neurona.lang.plan.ReportPlan;
import dev.neurona.lang.plan.SavePlan;
import dev.neurona.lang.plan.SeedPlan;
import dev.neurona.lang.plan.SweepPlan;
import dev.neurona.lang.plan.TrainPlan;

/** Sends each plan to the executor of its kind. */
final class PlanRunner implements PlanVisitor<Void> {

    private final RunContext context;

    PlanRunner(RunContext context) {
        this.context = context;
    }

    @Override
    public Void visitSeed(SeedPlan plan) {
        context.seeds().restart(plan.seed());
        return null;
    }

    @Override
    public Void visitData(DataPlan plan) {
        DataExecutor.run(plan, context);
        return null;
    }

    @Override
    public Void visitModel(ModelPlan plan) {
        ModelExecutor.run(plan, context);
        return null;
    }

    @Override
    public Void visitTrain(TrainPlan plan) {
        TrainExecutor.run(plan, context);
        return null;
    }

    @Override
    public Void visitEvaluate(EvaluatePlan plan) {
        EvaluateExecutor.run(plan, context);
        return null;
    }

    @Override
    public Void visitPredict(PredictPlan plan) {
        PredictExecutor.run(plan, context);
        return null;
    }

    @Override
    public Void visitPredictInputs(PredictInputsPlan plan) {
        PredictInputsExecutor.run(plan, context);
        return null;
    }

    @Override
    public Void visitSave(SavePlan plan) {
        ModelFileExecutor.save(plan, context);
        return null;
    }

    @Override
    public Void visitLoad(LoadPlan plan) {
        ModelFileExecutor.load(plan, context);
        return null;
    }

    @Override
    public Void visitExport(ExportPlan plan) {
        ExportExecutor.run(plan, context);
        return null;
    }

    @Override
    public Void visitPrint(PrintPlan plan) {
        PrintExecutor.name(plan, context);
        return null;
    }

    @Override
    public Void visitPrintText(PrintTextPlan plan) {
        PrintExecutor.text(plan, context);
        return null;
    }

    @Override
    public Void visitExplain(ExplainPlan plan) {
        ExplainExecutor.run(plan, context);
        return null;
    }

    @Override
    public Void visitPlot(PlotPlan plan) {
        PlotExecutor.run(plan, context);
        return null;
    }

    @Override
    public Void visitReport(ReportPlan plan) {
        ReportExecutor.run(plan, context);
        return null;
    }

    @Override
    public Void visitSweep(SweepPlan plan) {
        SweepExecutor.run(plan, context);
        return null;
    }
}
