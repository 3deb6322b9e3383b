package dev.neurona.lang.check;

import dev.neurona.lang.ast.ModelStmt;
import dev.neurona.lang.ast.Param;
import dev.neurona.lang.check.value.Evaluator;
import dev.neurona.lang.check.value.Value;
import dev.neurona.lang.plan.ModelPlan;
import dev.neurona.lang.plan.Plan;
import dev.neurona.lang.plan.Template;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code model NAME [(PARAM = DEFAULT, ...)] { LAYERS }}: compiles the layers, with each
 * parameter standing for its default, and keeps the block as a template for later instances.
 */
final class ModelCheck {

    private final CheckContext context;

    ModelCheck(CheckContext context) {
        this.context = context;
    }

    Optional<Plan> check(ModelStmt stmt) {
        String name = stmt.name().name();
        Template template = new Template(name, stmt.params(), stmt.layers());
        Evaluator plain = context.evaluator();
        Map<String, Value> defaults = new LinkedHashMap<>();
        for (Param param : stmt.params()) {
            defaults.put(param.name().name(), plain.eval(param.defaultValue()));
        }
        Evaluator body = Evaluator.withParameters(context.problems(), Map.of(), defaults);
        Optional<ModelBody.Compiled> compiled = ModelBody.compile(stmt.name(), stmt.layers(), context, body);
        int line = stmt.span().line();
        ModelSymbol symbol = compiled.map(c -> new ModelSymbol(
                        name,
                        line,
                        Optional.of(ModelInfo.of(c.inputShape(), c.layers())),
                        Optional.of(template),
                        Optional.empty(),
                        false,
                        Optional.empty()))
                .orElse(ModelSymbol.broken(name, line));
        context.scope().define(symbol, stmt.name().span(), context.problems(), context.warnOnRedefinition());
        return compiled.map(c -> new ModelPlan(
                name, c.input(), c.layers(), Optional.of(template), stmt.name().span()));
    }

    /** The parameter names of a template, in order, for messages. */
    static List<String> parameterNames(Template template) {
        return template.params().stream().map(p -> p.name().name()).toList();
    }
}
