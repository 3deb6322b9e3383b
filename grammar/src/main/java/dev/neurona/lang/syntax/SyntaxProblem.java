package dev.neurona.lang.syntax;

import dev.neurona.lang.diag.Diagnostic;

/**
 * A syntax error as the parser's error strategy sees it: the diagnostic for the user, plus where
 * parsing should pick up again.
 *
 * @param resumeIndex the token index to continue from
 * @param resumeAtStatement true to start the next statement exactly at {@code resumeIndex}; false
 *     to skip from there to the end of the current statement
 */
record SyntaxProblem(Diagnostic diagnostic, int resumeIndex, boolean resumeAtStatement) {}
