package dev.neurona.lang.check;

import dev.neurona.lang.ast.Identifier;
import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.lang.check.facts.CheckedLoads;
import dev.neurona.lang.check.facts.ScriptPaths;
import dev.neurona.lang.check.value.Evaluator;
import dev.neurona.lang.check.value.Expect;
import dev.neurona.lang.check.value.Problems;

/**
 * What every statement check works with: where to report, the names defined so far, where files
 * are, whether redefinitions deserve a warning (in a script, not in the REPL), and whether data
 * is read by a cluster (which takes {@code parquet(...)} and paths such as {@code hdfs://...}),
 * and the files loaded to learn their shape, for the run.
 */
record CheckContext(
        Problems problems,
        Scope scope,
        ScriptPaths paths,
        boolean warnOnRedefinition,
        boolean distributed,
        CheckedLoads loads) {

    Expect expect() {
        return new Expect(problems);
    }

    Evaluator evaluator() {
        return Evaluator.plain(problems);
    }

    /** The same context reporting through {@code other}, as a template instance's body does. */
    CheckContext reportingTo(Problems other) {
        return new CheckContext(other, scope, paths, warnOnRedefinition, distributed, loads);
    }

    /** A zero-width place just after a name, where a missing value belongs. */
    static SourceSpan after(Identifier name) {
        return SourceSpan.point(name.span().endLine(), name.span().endColumn());
    }

    /** The span of a statement's first word, such as {@code plot}. */
    static SourceSpan keyword(SourceSpan statement, String keyword) {
        return new SourceSpan(
                statement.line(), statement.column(), statement.line(), statement.column() + keyword.length());
    }
}
