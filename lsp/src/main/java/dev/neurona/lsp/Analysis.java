package dev.neurona.lsp;

import dev.neurona.lang.ast.Script;
import dev.neurona.lang.check.CheckResult;
import dev.neurona.lang.check.Checker;
import dev.neurona.lang.check.Scope;
import dev.neurona.lang.check.UnparsedDefinitions;
import dev.neurona.lang.check.facts.ScriptPaths;
import dev.neurona.lang.diag.Diagnostic;
import dev.neurona.lang.plan.Plan;
import dev.neurona.lang.syntax.NnParser;
import dev.neurona.lang.syntax.ParseResult;
import dev.neurona.runtime.i18n.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One version of a script read and checked as {@code nn check} does (the parser, then the
 * checker on a fresh scope, warning on redefinitions), keeping what editors ask about: the
 * syntax tree, the diagnostics, the compiled plans and the names with what is known of them.
 */
record Analysis(Script script, List<Diagnostic> diagnostics, List<Plan> plans, Scope scope) {

    private static final NnParser PARSER = new NnParser();

    Analysis {
        diagnostics = List.copyOf(diagnostics);
        plans = List.copyOf(plans);
    }

    /**
     * @param fileName the name diagnostics carry, such as {@code digits.nn}
     * @param paths    where the script's relative paths and the well-known data sets are
     */
    static Analysis of(String source, String fileName, ScriptPaths paths) {
        ParseResult parsed = PARSER.parse(source, fileName);
        Set<String> unparsed = parsed.hasErrors() ? UnparsedDefinitions.of(source, parsed.script()) : Set.of();
        List<Diagnostic> diagnostics = new ArrayList<>(parsed.diagnostics());
        Scope scope = new Scope();
        List<Plan> plans = List.of();
        try {
            CheckResult checked = new Checker(paths, true).check(parsed.script(), scope, unparsed);
            diagnostics.addAll(checked.diagnostics());
            plans = checked.plans();
        } catch (RuntimeException e) {
            diagnostics.add(Diagnostic.error(fileName, null, Text.of("lsp.check_failed", String.valueOf(e))));
        }
        diagnostics.sort(Diagnostic.BY_POSITION);
        return new Analysis(parsed.script(), diagnostics, plans, scope);
    }
}
