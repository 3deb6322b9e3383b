package dev.neurona.lang.check;

import dev.neurona.lang.ast.Expr;
import dev.neurona.lang.ast.Identifier;
import dev.neurona.lang.ast.Param;
import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.lang.check.value.Evaluator;
import dev.neurona.lang.check.value.Problems;
import dev.neurona.lang.check.value.Value;
import dev.neurona.lang.diag.Diagnostic;
import dev.neurona.lang.plan.Template;
import dev.neurona.runtime.i18n.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A template's body compiled again with some of its parameters given other values, as
 * {@code model big = mlp(hidden=512)} and each combination of a sweep do. An error an argument
 * causes inside the body is reported at the argument when it can be, else at {@code culprit}
 * with the template's name in front: {@code in template 'mlp': ...}.
 */
final class TemplateBody {

    private TemplateBody() {}

    /**
     * @param arguments the given values by parameter name; the other parameters take their defaults
     * @param model     the name of the model being made, for messages about its layers
     * @param culprit   where errors inside the body are reported
     * @return the compiled body, or empty after reporting what is wrong
     */
    static Optional<ModelBody.Compiled> compile(
            Template template,
            Map<String, Expr> arguments,
            Identifier model,
            SourceSpan culprit,
            CheckContext context) {
        Problems problems = context.problems();
        int errorsBefore = problems.errorCount();
        Map<String, Value> values = new LinkedHashMap<>();
        SpanCollector own = new SpanCollector();
        Evaluator plain = context.evaluator();
        arguments.forEach((param, expr) -> {
            values.put(param, plain.eval(expr));
            own.add(expr);
        });
        if (problems.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        Problems body = problems.rewriting(d -> d.span() != null && own.contains(d.span())
                ? d
                : new Diagnostic(
                        d.severity(),
                        d.file(),
                        culprit,
                        Text.of("check.in_template", template.name(), d.text()),
                        d.help()));
        Evaluator defaults = Evaluator.plain(body);
        Map<String, Value> fallbacks = new LinkedHashMap<>();
        for (Param param : template.params()) {
            if (!values.containsKey(param.name().name())) {
                fallbacks.put(param.name().name(), defaults.eval(param.defaultValue()));
            }
        }
        return ModelBody.compile(
                model, template.body(), context.reportingTo(body), Evaluator.withParameters(body, values, fallbacks));
    }

    /** The template as an instance sees it: named {@code name}, with the given arguments as its new defaults. */
    static Template instance(String name, Template template, Map<String, Expr> arguments) {
        List<Param> params = new ArrayList<>();
        for (Param param : template.params()) {
            Expr given = arguments.get(param.name().name());
            params.add(given == null ? param : new Param(param.span(), param.name(), given));
        }
        return new Template(name, params, template.body());
    }
}
