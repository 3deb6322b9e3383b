package dev.neurona.lang.ast;

/** One method per kind of {@link Statement}; see {@link Statement#accept(StatementVisitor)}. */
public interface StatementVisitor<R> {

    R visitSeed(SeedStmt stmt);

    R visitData(DataStmt stmt);

    R visitModel(ModelStmt stmt);

    R visitModelFromTemplate(ModelFromTemplateStmt stmt);

    R visitTrain(TrainStmt stmt);

    R visitEvaluate(EvaluateStmt stmt);

    R visitPredict(PredictStmt stmt);

    R visitSave(SaveStmt stmt);

    R visitLoad(LoadStmt stmt);

    R visitExport(ExportStmt stmt);

    R visitPrint(PrintStmt stmt);

    R visitExplain(ExplainStmt stmt);

    R visitPlot(PlotStmt stmt);

    R visitReport(ReportStmt stmt);

    R visitSweep(SweepStmt stmt);
}
