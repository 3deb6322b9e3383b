package dev.neurona.lang.ast;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Prints a syntax tree back as .nn text in one canonical layout: one statement per line, two
 * spaces before each block entry, and every operation in parentheses so that the tree's shape
 * shows ({@code scale 1/255} prints as {@code scale (1 / 255)}). Numbers and sizes keep their
 * original text. Parsing the output gives the same tree again, positions aside.
 */
public final class AstPrinter implements StatementVisitor<String>, ExprVisitor<String>, ArgVisitor<String> {

    private static final AstPrinter INSTANCE = new AstPrinter();

    private AstPrinter() {}

    /** The script's statements, each followed by a new line. */
    public static String print(Script script) {
        StringBuilder out = new StringBuilder();
        for (Statement statement : script.statements()) {
            out.append(print(statement)).append('\n');
        }
        return out.toString();
    }

    public static String print(Statement statement) {
        return statement.accept(INSTANCE);
    }

    public static String print(Expr expr) {
        return expr.accept(INSTANCE);
    }

    /** An entry without its indentation: {@code dense 64 relu init=he}. */
    public static String print(Entry entry) {
        StringBuilder out = new StringBuilder(entry.name().name());
        List<String> clauses = new ArrayList<>();
        for (Clause clause : entry.clauses()) {
            clauses.add(clause(clause.args()));
        }
        if (!clauses.isEmpty()) {
            out.append(' ').append(String.join(", ", clauses));
        }
        return out.toString();
    }

    /**
     * The items of a clause, separated by spaces. A name followed by an item that starts with '('
     * is put in parentheses itself, or the two would read back as a call: {@code (relu) (-1)}.
     */
    private static String clause(List<Arg> args) {
        String[] printed = new String[args.size()];
        for (int i = args.size() - 1; i >= 0; i--) { // from the right: a wrapped name starts with '(' too
            String text = args.get(i).accept(INSTANCE);
            Expr value = value(args.get(i));
            if (i + 1 < args.size() && printed[i + 1].startsWith("(") && value instanceof NameRef) {
                String name = print(value);
                text = text.substring(0, text.length() - name.length()) + "(" + name + ")";
            }
            printed[i] = text;
        }
        return String.join(" ", printed);
    }

    private static Expr value(Arg arg) {
        if (arg instanceof PositionalArg positional) {
            return positional.value();
        }
        if (arg instanceof NamedArg named) {
            return named.value();
        }
        return ((PrepositionArg) arg).value();
    }

    // ---- statements ----

    @Override
    public String visitSeed(SeedStmt stmt) {
        return "seed " + print(stmt.value());
    }

    @Override
    public String visitData(DataStmt stmt) {
        return "data " + stmt.name() + " = " + print(stmt.source()) + block(stmt.options());
    }

    @Override
    public String visitModel(ModelStmt stmt) {
        String params = stmt.params().isEmpty()
                ? ""
                : stmt.params().stream()
                        .map(param -> param.name() + " = " + print(param.defaultValue()))
                        .collect(Collectors.joining(", ", "(", ")"));
        return "model " + stmt.name() + params + block(stmt.layers());
    }

    @Override
    public String visitModelFromTemplate(ModelFromTemplateStmt stmt) {
        String args = stmt.positional().isEmpty() && stmt.named().isEmpty()
                ? ""
                : "(" + arguments(stmt.positional(), stmt.named()) + ")";
        return "model " + stmt.name() + " = " + stmt.template() + args;
    }

    @Override
    public String visitTrain(TrainStmt stmt) {
        return "train " + stmt.model() + " on " + print(stmt.data()) + block(stmt.options());
    }

    @Override
    public String visitEvaluate(EvaluateStmt stmt) {
        return "evaluate " + stmt.model() + " on " + print(stmt.data()) + to(stmt.output());
    }

    @Override
    public String visitPredict(PredictStmt stmt) {
        if (stmt.inputs().isPresent()) {
            return "predict " + stmt.model() + " " + print(stmt.inputs().get());
        }
        return "predict " + stmt.model() + " on " + print(stmt.data().orElseThrow()) + to(stmt.output());
    }

    @Override
    public String visitSave(SaveStmt stmt) {
        return "save " + stmt.model() + " to " + print(stmt.path());
    }

    @Override
    public String visitExport(ExportStmt stmt) {
        return "export " + stmt.model() + " to " + print(stmt.path());
    }

    @Override
    public String visitLoad(LoadStmt stmt) {
        return "load " + stmt.name() + " from " + print(stmt.path());
    }

    @Override
    public String visitPrint(PrintStmt stmt) {
        return "print " + print(stmt.subject());
    }

    @Override
    public String visitExplain(ExplainStmt stmt) {
        return "explain " + stmt.model();
    }

    @Override
    public String visitPlot(PlotStmt stmt) {
        return "plot " + stmt.model() + stmt.kind().map(kind -> " " + kind).orElse("")
                + stmt.data().map(data -> " on " + print(data)).orElse("")
                + stmt.setting()
                        .map(setting -> " " + setting.name() + " " + print(setting.value()))
                        .orElse("")
                + to(stmt.output());
    }

    @Override
    public String visitReport(ReportStmt stmt) {
        return "report " + stmt.model() + " on " + print(stmt.data()) + " to " + print(stmt.output());
    }

    @Override
    public String visitSweep(SweepStmt stmt) {
        return "sweep " + stmt.name() + " = " + stmt.template() + " on " + print(stmt.data()) + block(stmt.options())
                + to(stmt.output());
    }

    private static String block(Optional<Block> block) {
        return block.map(AstPrinter::block).orElse("");
    }

    private static String block(Block block) {
        StringBuilder out = new StringBuilder(" {\n");
        for (Entry entry : block.entries()) {
            out.append("  ").append(print(entry)).append('\n');
        }
        return out.append('}').toString();
    }

    private static String to(Optional<StringLit> output) {
        return output.map(path -> " to " + print(path)).orElse("");
    }

    // ---- block items ----

    @Override
    public String visitPositional(PositionalArg arg) {
        return print(arg.value());
    }

    @Override
    public String visitNamed(NamedArg arg) {
        return arg.name() + "=" + print(arg.value());
    }

    @Override
    public String visitPreposition(PrepositionArg arg) {
        return arg.preposition().word() + " " + print(arg.value());
    }

    // ---- expressions ----

    @Override
    public String visitNumber(NumberLit number) {
        return number.text();
    }

    @Override
    public String visitSize(SizeLit size) {
        return size.text();
    }

    @Override
    public String visitString(StringLit string) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : string.value().toCharArray()) {
            switch (c) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                default:
                    out.append(c);
            }
        }
        return out.append('"').toString();
    }

    @Override
    public String visitBool(BoolLit bool) {
        return String.valueOf(bool.value());
    }

    @Override
    public String visitList(ListLit list) {
        return list.elements().stream().map(AstPrinter::print).collect(Collectors.joining(", ", "[", "]"));
    }

    @Override
    public String visitName(NameRef name) {
        return name.text();
    }

    @Override
    public String visitCall(Call call) {
        return call.callee() + "(" + arguments(call.positional(), call.named()) + ")";
    }

    @Override
    public String visitBinary(Binary binary) {
        return "(" + print(binary.left()) + " " + binary.op().symbol() + " " + print(binary.right()) + ")";
    }

    @Override
    public String visitUnary(Unary unary) {
        return "(" + unary.op().symbol() + print(unary.operand()) + ")";
    }

    private static String arguments(List<Expr> positional, List<NamedArg> named) {
        List<String> args = new ArrayList<>();
        positional.forEach(arg -> args.add(print(arg)));
        named.forEach(arg -> args.add(arg.name() + "=" + print(arg.value())));
        return String.join(", ", args);
    }
}
