package dev.neurona.lang.interp;

import dev.neurona.runtime.linalg.ComputePool;
import java.io.PrintStream;
import java.util.function.BooleanSupplier;

/**
 * What the executors of statements share while running: the named values, the seed stream,
 * where output goes, the compute pool for new models, and whether the run has been cancelled.
 */
record RunContext(Workspace workspace, SeedStream seeds, PrintStream out, boolean quiet, boolean terminal,
                  ComputePool pool, BooleanSupplier cancelled) {
}
