package dev.neurona.lang.interp;

import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.lang.check.facts.CheckedLoads;
import dev.neurona.runtime.i18n.Messages;
import dev.neurona.runtime.i18n.Text;
import dev.neurona.runtime.linalg.ComputePool;
import dev.neurona.runtime.train.TrainingEngine;
import java.io.PrintStream;
import java.util.function.BooleanSupplier;

/**
 * What the executors of statements share while running: the named values, the seed stream,
 * where output goes, the compute pool for new models, whether the run has been cancelled, the
 * engine that trains, evaluates and predicts, the reader of csv and parquet tables, and who
 * watches the run from outside (the watch page), if anyone, the language users read, where
 * warnings found while running go, and the files the check loaded, for the run to take instead
 * of loading them again.
 */
record RunContext(
        Workspace workspace,
        SeedStream seeds,
        PrintStream out,
        boolean quiet,
        boolean terminal,
        ComputePool pool,
        BooleanSupplier cancelled,
        TrainingEngine engine,
        TableSource tables,
        RunObserver observer,
        Messages messages,
        Warnings warnings,
        CheckedLoads checkedLoads) {

    /** Takes the warnings a statement finds while it runs: shown at once, and kept in the outcome. */
    @FunctionalInterface
    interface Warnings {
        /**
         * @param where the statement's place in the script
         * @param help  a suggestion on its own line, or null
         */
        void warn(SourceSpan where, Text message, Text help);
    }
}
