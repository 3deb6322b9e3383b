/**
 * Problems found in scripts, for users: {@link dev.neurona.lang.diag.Diagnostic},
 * their rendering with the culprit underlined ({@link dev.neurona.lang.diag.DiagnosticRenderer}),
 * and "did you mean" suggestions ({@link dev.neurona.lang.diag.Suggestions}).
 */
@NullMarked
package dev.neurona.lang.diag;

import org.jspecify.annotations.NullMarked;
