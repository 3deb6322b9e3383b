package dev.neurona.lang.syntax;

import dev.neurona.lang.ast.Arg;
import dev.neurona.lang.ast.Binary;
import dev.neurona.lang.ast.BinaryOp;
import dev.neurona.lang.ast.Block;
import dev.neurona.lang.ast.BoolLit;
import dev.neurona.lang.ast.Call;
import dev.neurona.lang.ast.Clause;
import dev.neurona.lang.ast.DataStmt;
import dev.neurona.lang.ast.Entry;
import dev.neurona.lang.ast.EvaluateStmt;
import dev.neurona.lang.ast.ExplainStmt;
import dev.neurona.lang.ast.ExportStmt;
import dev.neurona.lang.ast.Expr;
import dev.neurona.lang.ast.Identifier;
import dev.neurona.lang.ast.ListLit;
import dev.neurona.lang.ast.LoadStmt;
import dev.neurona.lang.ast.ModelFromTemplateStmt;
import dev.neurona.lang.ast.ModelStmt;
import dev.neurona.lang.ast.NameRef;
import dev.neurona.lang.ast.NamedArg;
import dev.neurona.lang.ast.Node;
import dev.neurona.lang.ast.NumberLit;
import dev.neurona.lang.ast.Param;
import dev.neurona.lang.ast.PlotStmt;
import dev.neurona.lang.ast.PositionalArg;
import dev.neurona.lang.ast.PredictStmt;
import dev.neurona.lang.ast.Preposition;
import dev.neurona.lang.ast.PrepositionArg;
import dev.neurona.lang.ast.PrintStmt;
import dev.neurona.lang.ast.ReportStmt;
import dev.neurona.lang.ast.SaveStmt;
import dev.neurona.lang.ast.SeedStmt;
import dev.neurona.lang.ast.SizeLit;
import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.lang.ast.Statement;
import dev.neurona.lang.ast.StringLit;
import dev.neurona.lang.ast.SweepStmt;
import dev.neurona.lang.ast.TrainStmt;
import dev.neurona.lang.ast.Unary;
import dev.neurona.lang.ast.UnaryOp;
import dev.neurona.runtime.i18n.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.jspecify.annotations.Nullable;

/**
 * Turns the parse tree of one statement into immutable syntax-tree nodes. It also checks what the
 * grammar leaves open: string escapes, number ranges, positional arguments before named ones,
 * names given twice, and parentheses holding one value.
 *
 * <p>Only trees without syntax errors reach it. It throws {@link AstBuildException} on the first
 * problem of a statement.
 */
final class AstBuilder extends NnBaseVisitor<Node> {

    Statement statement(Nn.StatementContext ctx) {
        return (Statement) visit(ctx.getChild(0));
    }

    // ---- statements ----

    @Override
    public Node visitSeedStatement(Nn.SeedStatementContext ctx) {
        return new SeedStmt(span(ctx), expr(ctx.expression()));
    }

    @Override
    public Node visitDataStatement(Nn.DataStatementContext ctx) {
        Nn.DataSourceContext source = ctx.dataSource();
        Expr value = source.call() != null ? expr(source.call()) : name(source.qualifiedName());
        return new DataStmt(span(ctx), identifier(ctx.identifier()), value, optionalBlock(ctx.block()));
    }

    @Override
    public Node visitModelStatement(Nn.ModelStatementContext ctx) {
        Identifier name = identifier(ctx.identifier());
        Nn.ModelBodyContext body = ctx.modelBody();
        if (body != null) {
            List<Param> params = body.parameterList() == null ? List.of() : params(body.parameterList());
            return new ModelStmt(span(ctx), name, params, block(body.block()));
        }
        Nn.TemplateInstanceContext template = ctx.templateInstance();
        Arguments args = template.argumentList() == null
                ? new Arguments(List.of(), List.of())
                : arguments(template.argumentList());
        return new ModelFromTemplateStmt(
                span(ctx), name, identifier(template.identifier()), args.positional, args.named);
    }

    @Override
    public Node visitTrainStatement(Nn.TrainStatementContext ctx) {
        return new TrainStmt(
                span(ctx), identifier(ctx.identifier()), name(ctx.qualifiedName()), optionalBlock(ctx.block()));
    }

    @Override
    public Node visitEvaluateStatement(Nn.EvaluateStatementContext ctx) {
        return new EvaluateStmt(
                span(ctx), identifier(ctx.identifier()), name(ctx.qualifiedName()), destination(ctx.destination()));
    }

    @Override
    public Node visitPredictStatement(Nn.PredictStatementContext ctx) {
        Identifier model = identifier(ctx.identifier());
        if (ctx.qualifiedName() != null) {
            return new PredictStmt(
                    span(ctx),
                    model,
                    Optional.of(name(ctx.qualifiedName())),
                    Optional.empty(),
                    destination(ctx.destination()));
        }
        return new PredictStmt(
                span(ctx), model, Optional.empty(), Optional.of((ListLit) visit(ctx.list())), Optional.empty());
    }

    @Override
    public Node visitSaveStatement(Nn.SaveStatementContext ctx) {
        return new SaveStmt(
                span(ctx), identifier(ctx.identifier()), string(ctx.STRING().getSymbol()));
    }

    @Override
    public Node visitExportStatement(Nn.ExportStatementContext ctx) {
        return new ExportStmt(
                span(ctx), identifier(ctx.identifier()), string(ctx.STRING().getSymbol()));
    }

    @Override
    public Node visitLoadStatement(Nn.LoadStatementContext ctx) {
        return new LoadStmt(
                span(ctx), identifier(ctx.identifier()), string(ctx.STRING().getSymbol()));
    }

    @Override
    public Node visitPrintStatement(Nn.PrintStatementContext ctx) {
        Expr subject = ctx.qualifiedName() != null
                ? name(ctx.qualifiedName())
                : string(ctx.STRING().getSymbol());
        return new PrintStmt(span(ctx), subject);
    }

    @Override
    public Node visitExplainStatement(Nn.ExplainStatementContext ctx) {
        return new ExplainStmt(span(ctx), identifier(ctx.identifier()));
    }

    @Override
    public Node visitPlotStatement(Nn.PlotStatementContext ctx) {
        Optional<Identifier> kind =
                ctx.identifier().size() > 1 ? Optional.of(identifier(ctx.identifier(1))) : Optional.empty();
        Optional<NameRef> data =
                ctx.qualifiedName() != null ? Optional.of(name(ctx.qualifiedName())) : Optional.empty();
        Optional<PlotStmt.Setting> setting = ctx.plotSetting() != null
                ? Optional.of(new PlotStmt.Setting(
                        identifier(ctx.plotSetting().identifier()),
                        expr(ctx.plotSetting().expression())))
                : Optional.empty();
        return new PlotStmt(
                span(ctx), identifier(ctx.identifier(0)), kind, data, setting, destination(ctx.destination()));
    }

    @Override
    public Node visitReportStatement(Nn.ReportStatementContext ctx) {
        return new ReportStmt(
                span(ctx),
                identifier(ctx.identifier()),
                name(ctx.qualifiedName()),
                string(ctx.destination().STRING().getSymbol()));
    }

    @Override
    public Node visitSweepStatement(Nn.SweepStatementContext ctx) {
        return new SweepStmt(
                span(ctx),
                identifier(ctx.identifier(0)),
                identifier(ctx.identifier(1)),
                name(ctx.qualifiedName()),
                block(ctx.block()),
                destination(ctx.destination()));
    }

    private List<Param> params(Nn.ParameterListContext ctx) {
        List<Param> params = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Nn.ParameterContext parameter : ctx.parameter()) {
            Identifier name = identifier(parameter.identifier());
            if (!seen.add(name.name())) {
                throw new AstBuildException(name.span(), Text.of("syntax.parameter_twice", name.name()));
            }
            params.add(new Param(span(parameter), name, expr(parameter.expression())));
        }
        return params;
    }

    private Optional<StringLit> destination(Nn.DestinationContext ctx) {
        return ctx == null ? Optional.empty() : Optional.of(string(ctx.STRING().getSymbol()));
    }

    // ---- blocks ----

    private Optional<Block> optionalBlock(Nn.BlockContext ctx) {
        return ctx == null ? Optional.empty() : Optional.of(block(ctx));
    }

    private Block block(Nn.BlockContext ctx) {
        List<Entry> entries = new ArrayList<>();
        for (Nn.EntryContext entry : ctx.entry()) {
            entries.add(entry(entry));
        }
        return new Block(span(ctx), entries);
    }

    private Entry entry(Nn.EntryContext ctx) {
        List<Clause> clauses = new ArrayList<>();
        for (int i = 0; i < ctx.clause().size(); i++) {
            Nn.ClauseContext clause = ctx.clause(i);
            List<Arg> args = new ArrayList<>();
            for (int j = 0; j < clause.item().size(); j++) {
                Nn.ItemContext item = clause.item(j);
                Nn.ArgumentListContext group = i == 0 && j == 0 ? bareGroup(item) : null;
                if (group != null) {
                    args.addAll(groupArgs(group)); // early_stop(patience=3) reads as early_stop patience=3
                } else {
                    args.add(arg(item));
                }
            }
            if (!args.isEmpty()) {
                clauses.add(new Clause(span(clause), args));
            }
        }
        return new Entry(span(ctx), identifier(ctx.identifier()), clauses);
    }

    /** The argument list of an item that is nothing but a parenthesized list, or null. */
    private static Nn.@Nullable ArgumentListContext bareGroup(Nn.ItemContext item) {
        if (item instanceof Nn.ValueItemContext value
                && value.expression() instanceof Nn.PrimaryExpressionContext primary
                && primary.primary() instanceof Nn.GroupContext group) {
            return group.argumentList();
        }
        return null;
    }

    private List<Arg> groupArgs(Nn.ArgumentListContext ctx) {
        List<Arg> args = new ArrayList<>();
        for (Nn.ArgumentContext argument : ctx.argument()) {
            if (argument instanceof Nn.NamedArgumentContext named) {
                args.add(namedArg(named));
            } else {
                args.add(new PositionalArg(expr(((Nn.PositionalArgumentContext) argument).expression())));
            }
        }
        return args;
    }

    private Arg arg(Nn.ItemContext ctx) {
        if (ctx instanceof Nn.NamedItemContext named) {
            return new NamedArg(span(named), identifier(named.identifier()), expr(named.expression()));
        }
        if (ctx instanceof Nn.PrepositionItemContext preposition) {
            return new PrepositionArg(
                    span(preposition), preposition(preposition.preposition()), expr(preposition.expression()));
        }
        return new PositionalArg(expr(((Nn.ValueItemContext) ctx).expression()));
    }

    private static Preposition preposition(Nn.PrepositionContext ctx) {
        switch (ctx.getStart().getType()) {
            case NnLexer.ON:
                return Preposition.ON;
            case NnLexer.IN:
                return Preposition.IN;
            case NnLexer.TO:
                return Preposition.TO;
            case NnLexer.FROM:
                return Preposition.FROM;
            default:
                throw new IllegalStateException("not a preposition: " + ctx.getText());
        }
    }

    // ---- expressions ----

    @Override
    public Node visitNegation(Nn.NegationContext ctx) {
        return new Unary(span(ctx), UnaryOp.NEGATE, expr(ctx.expression()));
    }

    @Override
    public Node visitMultiplicative(Nn.MultiplicativeContext ctx) {
        BinaryOp op = ctx.operator.getType() == NnLexer.STAR ? BinaryOp.MULTIPLY : BinaryOp.DIVIDE;
        return new Binary(span(ctx), op, expr(ctx.expression(0)), expr(ctx.expression(1)));
    }

    @Override
    public Node visitAdditive(Nn.AdditiveContext ctx) {
        BinaryOp op = ctx.operator.getType() == NnLexer.PLUS ? BinaryOp.ADD : BinaryOp.SUBTRACT;
        return new Binary(span(ctx), op, expr(ctx.expression(0)), expr(ctx.expression(1)));
    }

    @Override
    public Node visitPrimaryExpression(Nn.PrimaryExpressionContext ctx) {
        return visit(ctx.primary());
    }

    @Override
    public Node visitNumberLiteral(Nn.NumberLiteralContext ctx) {
        return number(ctx.NUMBER().getSymbol(), false);
    }

    @Override
    public Node visitPercentLiteral(Nn.PercentLiteralContext ctx) {
        return number(ctx.PERCENTAGE().getSymbol(), true);
    }

    @Override
    public Node visitSizeLiteral(Nn.SizeLiteralContext ctx) {
        String text = ctx.getText();
        List<Integer> factors = new ArrayList<>();
        for (String factor : text.split("x")) {
            try {
                factors.add(Integer.parseInt(factor));
            } catch (NumberFormatException e) {
                throw new AstBuildException(span(ctx), Text.of("syntax.size_too_large", text));
            }
        }
        return new SizeLit(span(ctx), factors, text);
    }

    @Override
    public Node visitStringLiteral(Nn.StringLiteralContext ctx) {
        return string(ctx.STRING().getSymbol());
    }

    @Override
    public Node visitBooleanLiteral(Nn.BooleanLiteralContext ctx) {
        return new BoolLit(span(ctx), ctx.getStart().getType() == NnLexer.TRUE);
    }

    @Override
    public Node visitListLiteral(Nn.ListLiteralContext ctx) {
        return visit(ctx.list());
    }

    @Override
    public Node visitCallExpression(Nn.CallExpressionContext ctx) {
        return visit(ctx.call());
    }

    @Override
    public Node visitNameReference(Nn.NameReferenceContext ctx) {
        return name(ctx.qualifiedName());
    }

    /** Parentheses around one value; anything else in parentheses belongs right after a line's name. */
    @Override
    public Node visitGroup(Nn.GroupContext ctx) {
        List<Nn.ArgumentContext> args = ctx.argumentList().argument();
        if (args.size() == 1 && args.get(0) instanceof Nn.PositionalArgumentContext only) {
            return expr(only.expression());
        }
        if (args.isEmpty()) {
            throw new AstBuildException(span(ctx), Text.of("syntax.parentheses_empty"));
        }
        throw new AstBuildException(span(ctx), Text.of("syntax.parentheses_one"));
    }

    @Override
    public Node visitList(Nn.ListContext ctx) {
        List<Expr> elements = new ArrayList<>();
        for (Nn.ExpressionContext element : ctx.expression()) {
            elements.add(expr(element));
        }
        return new ListLit(span(ctx), elements);
    }

    @Override
    public Node visitCall(Nn.CallContext ctx) {
        Arguments args = arguments(ctx.argumentList());
        return new Call(span(ctx), identifier(ctx.identifier()), args.positional, args.named);
    }

    private Arguments arguments(Nn.ArgumentListContext ctx) {
        List<Expr> positional = new ArrayList<>();
        List<NamedArg> named = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Nn.ArgumentContext argument : ctx.argument()) {
            if (argument instanceof Nn.NamedArgumentContext namedArgument) {
                NamedArg arg = namedArg(namedArgument);
                if (!seen.add(arg.name().name())) {
                    throw new AstBuildException(
                            arg.name().span(),
                            Text.of("syntax.argument_twice", arg.name().name()));
                }
                named.add(arg);
            } else {
                if (!named.isEmpty()) {
                    throw new AstBuildException(
                            span(argument),
                            Text.of(
                                    "syntax.positional_after_named",
                                    named.get(0).name().name()));
                }
                positional.add(expr(((Nn.PositionalArgumentContext) argument).expression()));
            }
        }
        return new Arguments(positional, named);
    }

    private NamedArg namedArg(Nn.NamedArgumentContext ctx) {
        return new NamedArg(span(ctx), identifier(ctx.identifier()), expr(ctx.expression()));
    }

    @Override
    public Node visitQualifiedName(Nn.QualifiedNameContext ctx) {
        List<Identifier> parts = new ArrayList<>();
        for (Nn.IdentifierContext part : ctx.identifier()) {
            parts.add(identifier(part));
        }
        return new NameRef(span(ctx), parts);
    }

    @Override
    public Node visitIdentifier(Nn.IdentifierContext ctx) {
        return new Identifier(span(ctx), ctx.getText());
    }

    // ---- helpers ----

    private Expr expr(ParserRuleContext ctx) {
        return (Expr) visit(ctx);
    }

    private NameRef name(Nn.QualifiedNameContext ctx) {
        return (NameRef) visit(ctx);
    }

    private Identifier identifier(Nn.IdentifierContext ctx) {
        return (Identifier) visit(ctx);
    }

    private static StringLit string(Token token) {
        return new StringLit(TokenSpans.of(token), StringLiterals.unescape(token));
    }

    private static NumberLit number(Token token, boolean percent) {
        String text = token.getText();
        SourceSpan span = TokenSpans.of(token);
        double value = percent
                ? new BigDecimal(text.substring(0, text.length() - 1))
                        .movePointLeft(2)
                        .doubleValue()
                : Double.parseDouble(text);
        if (Double.isInfinite(value)) {
            throw new AstBuildException(span, Text.of("syntax.number_too_large", text));
        }
        return new NumberLit(span, value, text, percent);
    }

    private static SourceSpan span(ParserRuleContext ctx) {
        return TokenSpans.of(ctx);
    }

    private record Arguments(List<Expr> positional, List<NamedArg> named) {}
}
