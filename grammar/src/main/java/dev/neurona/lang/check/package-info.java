/**
 * The checker: everything found wrong before a script runs, and its compilation to plans.
 *
 * <p>{@link dev.neurona.lang.check.Checker} walks the statements top to bottom with a
 * {@link dev.neurona.lang.check.Scope} of the names defined so far; each statement has its own
 * check ({@code DataCheck}, {@code ModelCheck}, {@code TrainCheck}, ...), each kind of block its
 * own option table ({@code DataOptionTable}, {@code TrainOptionTable}; a model's layers are read
 * by {@code ModelBody}); {@code FitRules} say whether a model fits a data set. What a check knows
 * of data before loading it comes from {@code facts}; values are evaluated and read in
 * {@code value}; the families of words (activations, losses, optimizers, ...) live in
 * {@code words}.
 */
@NullMarked
package dev.neurona.lang.check;

import org.jspecify.annotations.NullMarked;
