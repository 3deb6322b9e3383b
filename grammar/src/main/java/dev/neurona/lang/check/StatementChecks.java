package dev.neurona.lang.check;

import dev.neurona.lang.ast.DataStmt;
import dev.neurona.lang.ast.EvaluateStmt;
import dev.neurona.lang.ast.ExplainStmt;
import dev.neurona.lang.ast.ExportStmt;
import dev.neurona.lang.ast.LoadStmt;
import dev.neurona.lang.ast.ModelFromTemplateStmt;
import dev.neurona.lang.ast.ModelStmt;
import dev.neurona.lang.ast.PlotStmt;
import dev.neurona.lang.ast.PredictStmt;
import dev.neurona.lang.ast.PrintStmt;
import dev.neurona.lang.ast.ReportStmt;
import dev.neurona.lang.ast.SaveStmt;
import dev.neurona.lang.ast.SeedStmt;
import dev.neurona.lang.ast.StatementVisitor;
import dev.neurona.lang.ast.SweepStmt;
import dev.neurona.lang.ast.TrainStmt;
import dev.neurona.lang.plan.Plan;
import java.util.Optional;

/** Sends each statement to its own check; a check returns a plan only when it found no error. */
final class StatementChecks implements StatementVisitor<Optional<Plan>> {

    private final CheckContext context;

    StatementChecks(CheckContext context) {
        this.context = context;
    }

    @Override
    public Optional<Plan> visitSeed(SeedStmt stmt) {
        return new SeedCheck(context).check(stmt);
    }

    @Override
    public Optional<Plan> visitData(DataStmt stmt) {
        return new DataCheck(context).check(stmt);
    }

    @Override
    public Optional<Plan> visitModel(ModelStmt stmt) {
        return new ModelCheck(context).check(stmt);
    }

    @Override
    public Optional<Plan> visitModelFromTemplate(ModelFromTemplateStmt stmt) {
        return new TemplateInstanceCheck(context).check(stmt);
    }

    @Override
    public Optional<Plan> visitTrain(TrainStmt stmt) {
        return new TrainCheck(context).check(stmt);
    }

    @Override
    public Optional<Plan> visitEvaluate(EvaluateStmt stmt) {
        return new EvaluateCheck(context).check(stmt);
    }

    @Override
    public Optional<Plan> visitPredict(PredictStmt stmt) {
        return new PredictCheck(context).check(stmt);
    }

    @Override
    public Optional<Plan> visitSave(SaveStmt stmt) {
        return new SaveCheck(context).check(stmt);
    }

    @Override
    public Optional<Plan> visitExport(ExportStmt stmt) {
        return new ExportCheck(context).check(stmt);
    }

    @Override
    public Optional<Plan> visitLoad(LoadStmt stmt) {
        return new LoadCheck(context).check(stmt);
    }

    @Override
    public Optional<Plan> visitPrint(PrintStmt stmt) {
        return new PrintCheck(context).check(stmt);
    }

    @Override
    public Optional<Plan> visitExplain(ExplainStmt stmt) {
        return new ExplainCheck(context).check(stmt);
    }

    @Override
    public Optional<Plan> visitPlot(PlotStmt stmt) {
        return new PlotCheck(context).check(stmt);
    }

    @Override
    public Optional<Plan> visitReport(ReportStmt stmt) {
        return new ReportCheck(context).check(stmt);
    }

    @Override
    public Optional<Plan> visitSweep(SweepStmt stmt) {
        return new SweepCheck(context).check(stmt);
    }
}
