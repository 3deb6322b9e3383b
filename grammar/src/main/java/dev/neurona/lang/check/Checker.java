package dev.neurona.lang.check;

import dev.neurona.lang.ast.DataStmt;
import dev.neurona.lang.ast.LoadStmt;
import dev.neurona.lang.ast.ModelFromTemplateStmt;
import dev.neurona.lang.ast.ModelStmt;
import dev.neurona.lang.ast.Script;
import dev.neurona.lang.ast.Statement;
import dev.neurona.lang.ast.SweepStmt;
import dev.neurona.lang.check.facts.CheckedLoads;
import dev.neurona.lang.check.facts.ScriptPaths;
import dev.neurona.lang.check.value.Problems;
import dev.neurona.lang.diag.Diagnostic;
import dev.neurona.lang.plan.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a parsed script before anything runs and compiles it to plans: every name resolved,
 * every option and value known and in range, every model fitting its data. All errors are
 * reported, in source order, each once: a failed definition or an unknown name is silenced
 * after its first report.
 *
 * <pre>{@code
 * CheckResult result = new Checker(paths, true).check(script, new Scope(), Set.of());
 * if (!result.hasErrors()) run(result.plans());
 * }</pre>
 */
public final class Checker {

    private final ScriptPaths paths;
    private final boolean warnOnRedefinition;
    private final boolean distributed;

    /** A checker for scripts whose data is read in this process. */
    public Checker(ScriptPaths paths, boolean warnOnRedefinition) {
        this(paths, warnOnRedefinition, false);
    }

    /**
     * @param warnOnRedefinition whether defining a name again is worth a warning: in a script it
     *                           is, in the REPL it is normal
     * @param distributed        whether a cluster reads the data: then {@code parquet(...)} is a
     *                           source, and paths with a scheme ({@code hdfs://}, {@code s3a://},
     *                           {@code file://}...) are left for the cluster to find
     */
    public Checker(ScriptPaths paths, boolean warnOnRedefinition, boolean distributed) {
        this.paths = paths;
        this.warnOnRedefinition = warnOnRedefinition;
        this.distributed = distributed;
    }

    /**
     * Checks {@code script} against the names already in {@code scope}, which it then updates.
     *
     * @param unparsedDefinitions names defined by statements that failed to parse: their uses are
     *                            not reported, since the syntax error already is
     */
    public CheckResult check(Script script, Scope scope, Set<String> unparsedDefinitions) {
        Problems problems = new Problems(script.file());
        unparsedDefinitions.forEach(scope::silence);
        if (paths.script() != null) {
            scope.filesRead().add(paths.script(), 0);
        }
        for (Statement statement : script.statements()) {
            String kind = statement instanceof DataStmt ? "data set" : "model";
            definedName(statement)
                    .ifPresent(name ->
                            scope.expectDefinition(name, statement.span().line(), kind));
        }
        CheckedLoads loads = new CheckedLoads();
        CheckContext context = new CheckContext(problems, scope, paths, warnOnRedefinition, distributed, loads);
        StatementChecks checks = new StatementChecks(context);
        List<Plan> plans = new ArrayList<>();
        for (Statement statement : script.statements()) {
            statement.accept(checks).ifPresent(plans::add);
        }
        List<Diagnostic> diagnostics = new ArrayList<>(problems.diagnostics());
        diagnostics.sort(Diagnostic.BY_POSITION);
        return new CheckResult(diagnostics, plans, loads);
    }

    /** The name a statement defines, if it defines one. */
    static Optional<String> definedName(Statement statement) {
        if (statement instanceof DataStmt data) {
            return Optional.of(data.name().name());
        } else if (statement instanceof ModelStmt model) {
            return Optional.of(model.name().name());
        } else if (statement instanceof ModelFromTemplateStmt instance) {
            return Optional.of(instance.name().name());
        } else if (statement instanceof LoadStmt load) {
            return Optional.of(load.name().name());
        } else if (statement instanceof SweepStmt sweep) {
            return Optional.of(sweep.name().name());
        }
        return Optional.empty();
    }
}
