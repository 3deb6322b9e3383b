package dev.neurona.lang.check;

import dev.neurona.lang.ast.Expr;
import dev.neurona.lang.ast.ModelFromTemplateStmt;
import dev.neurona.lang.ast.NamedArg;
import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.lang.check.value.Problems;
import dev.neurona.lang.plan.InputPlan;
import dev.neurona.lang.plan.ModelPlan;
import dev.neurona.lang.plan.Plan;
import dev.neurona.lang.plan.Template;
import dev.neurona.runtime.i18n.Text;
import dev.neurona.runtime.spec.ModelSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code model NAME = TEMPLATE(ARGS)}: binds the arguments to the template's parameters (by
 * position, then by name), and compiles the template's body again with them. An error the
 * arguments cause inside the body is reported at the argument when it can be, else at the
 * template's name in this statement. {@code model NAME = OTHER} without arguments copies any
 * model's architecture, fresh weights included.
 */
final class TemplateInstanceCheck {

    private final CheckContext context;
    private final Problems problems;

    TemplateInstanceCheck(CheckContext context) {
        this.context = context;
        this.problems = context.problems();
    }

    Optional<Plan> check(ModelFromTemplateStmt stmt) {
        String name = stmt.name().name();
        int line = stmt.span().line();
        Optional<ModelSymbol> source = context.scope().model(stmt.template(), problems);
        Optional<Plan> plan = source.filter(ModelSymbol::isKnown).flatMap(model -> instantiate(stmt, model));
        if (plan.isEmpty()) {
            context.scope()
                    .define(ModelSymbol.broken(name, line), stmt.name().span(), problems, context.warnOnRedefinition());
        }
        return plan;
    }

    private Optional<Plan> instantiate(ModelFromTemplateStmt stmt, ModelSymbol model) {
        String name = stmt.name().name();
        if (model.template().isEmpty() && model.spec().isEmpty()) {
            problems.error(
                    stmt.template().span(),
                    Text.of("check.template.swept_layers", model.name()),
                    Text.of("check.template.from_template"));
            return Optional.empty();
        }
        if (model.template().isEmpty() || model.template().get().params().isEmpty()) {
            if (!stmt.positional().isEmpty() || !stmt.named().isEmpty()) {
                SourceSpan first = !stmt.positional().isEmpty()
                        ? stmt.positional().get(0).span()
                        : stmt.named().get(0).span();
                problems.error(first, Text.of("check.template.no_parameters", model.name()));
                return Optional.empty();
            }
        }
        if (model.template().isEmpty()) {
            ModelSpec spec = model.spec().orElseThrow();
            define(stmt, model.info(), Optional.empty(), Optional.of(spec));
            return Optional.of(new ModelPlan(
                    name,
                    new InputPlan.Fixed(spec.inputShape()),
                    spec.layers(),
                    Optional.empty(),
                    stmt.name().span()));
        }
        Template template = model.template().get();
        Optional<Map<String, Expr>> bound = bind(stmt, template);
        if (bound.isEmpty()) {
            return Optional.empty();
        }
        Optional<ModelBody.Compiled> compiled = TemplateBody.compile(
                template, bound.get(), stmt.name(), stmt.template().span(), context);
        if (compiled.isEmpty()) {
            return Optional.empty();
        }
        Template instanceTemplate = TemplateBody.instance(name, template, bound.get());
        ModelBody.Compiled c = compiled.get();
        define(
                stmt,
                Optional.of(ModelInfo.of(c.inputShape(), c.layers())),
                Optional.of(instanceTemplate),
                Optional.empty());
        return Optional.of(new ModelPlan(
                name,
                c.input(),
                c.layers(),
                Optional.of(instanceTemplate),
                stmt.name().span()));
    }

    /** The arguments by parameter name: positional ones in order, then named ones. */
    private Optional<Map<String, Expr>> bind(ModelFromTemplateStmt stmt, Template template) {
        int errorsBefore = problems.errorCount();
        List<String> names = ModelCheck.parameterNames(template);
        Map<String, Expr> bound = new LinkedHashMap<>();
        for (int i = 0; i < stmt.positional().size(); i++) {
            if (i >= names.size()) {
                problems.error(
                        stmt.positional().get(i).span(),
                        Text.of(
                                "check.template.too_many",
                                template.name(),
                                names.size(),
                                String.valueOf(stmt.positional().size())));
                break;
            }
            bound.put(names.get(i), stmt.positional().get(i));
        }
        for (NamedArg arg : stmt.named()) {
            String param = arg.name().name();
            if (!names.contains(param)) {
                problems.suggest(
                        Text.of("check.template.no_such_parameter", template.name(), param),
                        param,
                        arg.name().span(),
                        names,
                        Text.of("check.template.parameters_are", String.join(", ", names)));
            } else if (bound.containsKey(param)) {
                problems.error(arg.name().span(), Text.of("check.template.parameter_twice", param));
            } else {
                bound.put(param, arg.value());
            }
        }
        return problems.errorCount() > errorsBefore ? Optional.empty() : Optional.of(bound);
    }

    private void define(
            ModelFromTemplateStmt stmt,
            Optional<ModelInfo> info,
            Optional<Template> template,
            Optional<ModelSpec> spec) {
        ModelSymbol symbol =
                new ModelSymbol(stmt.name().name(), stmt.span().line(), info, template, spec, false, Optional.empty());
        context.scope().define(symbol, stmt.name().span(), problems, context.warnOnRedefinition());
    }
}
