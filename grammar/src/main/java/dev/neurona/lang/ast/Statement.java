package dev.neurona.lang.ast;

/** One statement of a script; statements run top to bottom. */
public sealed interface Statement extends Node
        permits SeedStmt,
                DataStmt,
                ModelStmt,
                ModelFromTemplateStmt,
                TrainStmt,
                EvaluateStmt,
                PredictStmt,
                SaveStmt,
                LoadStmt,
                ExportStmt,
                PrintStmt,
                ExplainStmt,
                PlotStmt,
                ReportStmt,
                SweepStmt {

    <R> R accept(StatementVisitor<R> visitor);
}
