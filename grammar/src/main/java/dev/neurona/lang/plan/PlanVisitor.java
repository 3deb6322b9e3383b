package dev.neurona.lang.plan;

/** One method per kind of {@link Plan}. */
public interface PlanVisitor<R> {
    R visitSeed(SeedPlan plan);

    R visitData(DataPlan plan);

    R visitModel(ModelPlan plan);

    R visitTrain(TrainPlan plan);

    R visitEvaluate(EvaluatePlan plan);

    R visitPredict(PredictPlan plan);

    R visitPredictInputs(PredictInputsPlan plan);

    R visitSave(SavePlan plan);

    R visitLoad(LoadPlan plan);

    R visitExport(ExportPlan plan);

    R visitPrint(PrintPlan plan);

    R visitPrintText(PrintTextPlan plan);

    R visitExplain(ExplainPlan plan);

    R visitPlot(PlotPlan plan);

    R visitReport(ReportPlan plan);

    R visitSweep(SweepPlan plan);
}
