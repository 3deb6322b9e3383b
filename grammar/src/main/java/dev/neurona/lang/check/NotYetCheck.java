package dev.neurona.lang.check;

import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.lang.ast.SweepStmt;
import dev.neurona.lang.plan.Plan;
import java.util.Optional;

/**
 * Statements that parse but do not run yet ({@code sweep}): each is one clear error on its
 * keyword. A sweep's name is still defined, so its uses add no errors.
 */
final class NotYetCheck {

    private final CheckContext context;

    NotYetCheck(CheckContext context) {
        this.context = context;
    }

    Optional<Plan> check(SourceSpan statement, String keyword) {
        context.problems().error(CheckContext.keyword(statement, keyword), "'" + keyword + "' is not supported yet");
        return Optional.empty();
    }

    Optional<Plan> sweep(SweepStmt stmt) {
        context.scope().define(ModelSymbol.broken(stmt.name().name(), stmt.span().line()), stmt.name().span(),
                context.problems(), context.warnOnRedefinition());
        return check(stmt.span(), "sweep");
    }
}
