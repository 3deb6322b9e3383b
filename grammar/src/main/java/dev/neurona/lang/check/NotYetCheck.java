package dev.neurona.lang.check;

import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.lang.plan.Plan;
import java.util.Optional;

/** {@code plot} and {@code report} parse but do not run yet: each is one clear error on its keyword. */
final class NotYetCheck {

    private final CheckContext context;

    NotYetCheck(CheckContext context) {
        this.context = context;
    }

    Optional<Plan> check(SourceSpan statement, String keyword) {
        context.problems().error(CheckContext.keyword(statement, keyword), "'" + keyword + "' is not supported yet");
        return Optional.empty();
    }
}
