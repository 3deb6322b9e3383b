package dev.neurona.lsp;

import dev.neurona.lang.ast.Arg;
import dev.neurona.lang.ast.Binary;
import dev.neurona.lang.ast.Block;
import dev.neurona.lang.ast.Call;
import dev.neurona.lang.ast.DataStmt;
import dev.neurona.lang.ast.Entry;
import dev.neurona.lang.ast.EvaluateStmt;
import dev.neurona.lang.ast.ExportStmt;
import dev.neurona.lang.ast.Expr;
import dev.neurona.lang.ast.Identifier;
import dev.neurona.lang.ast.ListLit;
import dev.neurona.lang.ast.LoadStmt;
import dev.neurona.lang.ast.ModelFromTemplateStmt;
import dev.neurona.lang.ast.ModelStmt;
import dev.neurona.lang.ast.NameRef;
import dev.neurona.lang.ast.NamedArg;
import dev.neurona.lang.ast.Param;
import dev.neurona.lang.ast.PlotStmt;
import dev.neurona.lang.ast.PositionalArg;
import dev.neurona.lang.ast.PredictStmt;
import dev.neurona.lang.ast.PrepositionArg;
import dev.neurona.lang.ast.PrintStmt;
import dev.neurona.lang.ast.ReportStmt;
import dev.neurona.lang.ast.SaveStmt;
import dev.neurona.lang.ast.Script;
import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.lang.ast.Statement;
import dev.neurona.lang.ast.SweepStmt;
import dev.neurona.lang.ast.TrainStmt;
import dev.neurona.lang.ast.Unary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a script defines and uses its data sets and models: every occurrence of such a name in
 * the statements that parsed, for go-to-definition, find-references, hover and completion.
 */
final class Names {

    enum Kind {
        DATA,
        MODEL
    }

    /**
     * One definition: {@code data NAME}, {@code model NAME}, {@code load NAME}, {@code sweep NAME}.
     *
     * @param parameters a template's parameter names; empty otherwise
     */
    record Definition(String name, Kind kind, SourceSpan nameSpan, Statement statement, List<String> parameters) {
        boolean isTemplate() {
            return !parameters.isEmpty();
        }
    }

    /** A name written in the script, a definition's or a use's. */
    record Occurrence(String name, SourceSpan span, boolean definition) {}

    private final List<Definition> definitions = new ArrayList<>();
    private final List<Occurrence> occurrences = new ArrayList<>();

    Names(Script script) {
        List<Occurrence> candidates = new ArrayList<>();
        for (Statement statement : script.statements()) {
            definition(statement).ifPresent(definitions::add);
            uses(statement, candidates);
        }
        Set<String> defined = new LinkedHashSet<>();
        definitions.forEach(d -> defined.add(d.name()));
        for (Definition d : definitions) {
            occurrences.add(new Occurrence(d.name(), d.nameSpan(), true));
        }
        candidates.stream().filter(o -> defined.contains(o.name())).forEach(occurrences::add);
        occurrences.sort(Comparator.comparingInt((Occurrence o) -> o.span().line())
                .thenComparingInt(o -> o.span().column()));
    }

    List<Definition> definitions() {
        return definitions;
    }

    /** The definitions written on lines before {@code line} (1-based): the names a statement there may use. */
    List<Definition> definedBefore(int line) {
        return definitions.stream().filter(d -> d.nameSpan().line() < line).toList();
    }

    /** The occurrence under a place (1-based line and column), if any. */
    Optional<Occurrence> at(int line, int column) {
        return occurrences.stream()
                .filter(o -> contains(o.span(), line, column))
                .findFirst();
    }

    /** The definition a use refers to: the last one before it, else (a use before its definition) the first. */
    Optional<Definition> definitionOf(Occurrence occurrence) {
        Definition first = null;
        Definition lastBefore = null;
        for (Definition d : definitions) {
            if (d.name().equals(occurrence.name())) {
                first = first == null ? d : first;
                lastBefore = occurrence.span().isBefore(d.nameSpan()) ? lastBefore : d;
            }
        }
        Definition chosen = lastBefore != null ? lastBefore : first;
        return Optional.ofNullable(chosen);
    }

    List<Occurrence> occurrencesOf(String name) {
        return occurrences.stream().filter(o -> o.name().equals(name)).toList();
    }

    private static boolean contains(SourceSpan span, int line, int column) {
        boolean afterStart = line > span.line() || (line == span.line() && column >= span.column());
        boolean beforeEnd = line < span.endLine() || (line == span.endLine() && column <= span.endColumn());
        return afterStart && beforeEnd;
    }

    private static Optional<Definition> definition(Statement statement) {
        if (statement instanceof DataStmt data) {
            return Optional.of(
                    new Definition(data.name().name(), Kind.DATA, data.name().span(), statement, List.of()));
        } else if (statement instanceof ModelStmt model) {
            List<String> parameters =
                    model.params().stream().map(p -> p.name().name()).toList();
            return Optional.of(
                    new Definition(model.name().name(), Kind.MODEL, model.name().span(), statement, parameters));
        } else if (statement instanceof ModelFromTemplateStmt instance) {
            return Optional.of(new Definition(
                    instance.name().name(), Kind.MODEL, instance.name().span(), statement, List.of()));
        } else if (statement instanceof LoadStmt load) {
            return Optional.of(
                    new Definition(load.name().name(), Kind.MODEL, load.name().span(), statement, List.of()));
        } else if (statement instanceof SweepStmt sweep) {
            return Optional.of(
                    new Definition(sweep.name().name(), Kind.MODEL, sweep.name().span(), statement, List.of()));
        }
        return Optional.empty();
    }

    /** The names a statement uses (not yet filtered to the defined ones). */
    private static void uses(Statement statement, List<Occurrence> into) {
        if (statement instanceof DataStmt data) {
            expr(data.source(), into);
            data.options().ifPresent(block -> block(block, into));
        } else if (statement instanceof ModelStmt model) {
            for (Param param : model.params()) {
                expr(param.defaultValue(), into);
            }
            block(model.layers(), into);
        } else if (statement instanceof ModelFromTemplateStmt instance) {
            name(instance.template(), into);
            instance.positional().forEach(e -> expr(e, into));
            instance.named().forEach(n -> expr(n.value(), into));
        } else if (statement instanceof TrainStmt train) {
            name(train.model(), into);
            expr(train.data(), into);
            train.options().ifPresent(block -> block(block, into));
        } else if (statement instanceof EvaluateStmt evaluate) {
            name(evaluate.model(), into);
            expr(evaluate.data(), into);
        } else if (statement instanceof PredictStmt predict) {
            name(predict.model(), into);
            predict.data().ifPresent(d -> expr(d, into));
            predict.inputs().ifPresent(list -> expr(list, into));
        } else if (statement instanceof SaveStmt save) {
            name(save.model(), into);
        } else if (statement instanceof ExportStmt export) {
            name(export.model(), into);
        } else if (statement instanceof PrintStmt print) {
            expr(print.subject(), into);
        } else if (statement instanceof PlotStmt plot) {
            name(plot.model(), into);
            plot.data().ifPresent(d -> expr(d, into));
        } else if (statement instanceof ReportStmt report) {
            name(report.model(), into);
            expr(report.data(), into);
        } else if (statement instanceof SweepStmt sweep) {
            name(sweep.template(), into);
            expr(sweep.data(), into);
            block(sweep.options(), into);
        }
    }

    private static void block(Block block, List<Occurrence> into) {
        for (Entry entry : block.entries()) {
            for (Arg arg : entry.args()) {
                if (arg instanceof NamedArg named) {
                    expr(named.value(), into);
                } else if (arg instanceof PositionalArg positional) {
                    expr(positional.value(), into);
                } else if (arg instanceof PrepositionArg preposition) {
                    expr(preposition.value(), into);
                }
            }
        }
    }

    private static void expr(Expr expr, List<Occurrence> into) {
        if (expr instanceof NameRef ref) {
            name(ref.head(), into);
        } else if (expr instanceof Call call) {
            call.positional().forEach(e -> expr(e, into));
            call.named().forEach(n -> expr(n.value(), into));
        } else if (expr instanceof ListLit list) {
            list.elements().forEach(e -> expr(e, into));
        } else if (expr instanceof Binary binary) {
            expr(binary.left(), into);
            expr(binary.right(), into);
        } else if (expr instanceof Unary unary) {
            expr(unary.operand(), into);
        }
    }

    private static void name(Identifier identifier, List<Occurrence> into) {
        into.add(new Occurrence(identifier.name(), identifier.span(), false));
    }
}
