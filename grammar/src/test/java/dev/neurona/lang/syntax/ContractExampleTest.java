package dev.neurona.lang.syntax;

import static dev.neurona.lang.syntax.Parsing.resource;
import static dev.neurona.lang.syntax.Parsing.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.lang.ast.Binary;
import dev.neurona.lang.ast.BinaryOp;
import dev.neurona.lang.ast.Block;
import dev.neurona.lang.ast.Call;
import dev.neurona.lang.ast.Clause;
import dev.neurona.lang.ast.DataStmt;
import dev.neurona.lang.ast.Entry;
import dev.neurona.lang.ast.EvaluateStmt;
import dev.neurona.lang.ast.Expr;
import dev.neurona.lang.ast.ListLit;
import dev.neurona.lang.ast.ModelStmt;
import dev.neurona.lang.ast.NameRef;
import dev.neurona.lang.ast.NamedArg;
import dev.neurona.lang.ast.NumberLit;
import dev.neurona.lang.ast.Param;
import dev.neurona.lang.ast.PositionalArg;
import dev.neurona.lang.ast.Preposition;
import dev.neurona.lang.ast.PrepositionArg;
import dev.neurona.lang.ast.SaveStmt;
import dev.neurona.lang.ast.SeedStmt;
import dev.neurona.lang.ast.SizeLit;
import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.lang.ast.Statement;
import dev.neurona.lang.ast.StringLit;
import dev.neurona.lang.ast.SweepStmt;
import dev.neurona.lang.ast.TrainStmt;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The complete script and the sweep of the language contract, checked node by node. */
class ContractExampleTest {

    private final List<Statement> script = statements(resource("examples/digits.nn"));

    @Test
    void hasTheStatementsInOrder() {
        assertEquals(7, script.size());
        assertEquals(7.0, number(((SeedStmt) script.get(0)).value()));
        assertInstanceOf(DataStmt.class, script.get(1));
        assertInstanceOf(DataStmt.class, script.get(2));
        assertInstanceOf(ModelStmt.class, script.get(3));
        assertInstanceOf(TrainStmt.class, script.get(4));
        assertInstanceOf(EvaluateStmt.class, script.get(5));
        assertInstanceOf(SaveStmt.class, script.get(6));
    }

    @Test
    void dataStatementHasItsSourceAndOptions() {
        DataStmt digits = (DataStmt) script.get(1);
        assertEquals("digits", digits.name().name());
        Call idx = assertInstanceOf(Call.class, digits.source());
        assertEquals("idx", idx.callee().name());
        assertEquals(
                List.of("data/mnist-10k/train-images-idx3-ubyte.gz", "data/mnist-10k/train-labels-idx1-ubyte.gz"),
                idx.positional().stream().map(arg -> ((StringLit) arg).value()).toList());
        assertTrue(idx.named().isEmpty());

        List<Entry> options = digits.options().orElseThrow().entries();
        assertEquals(
                List.of("scale", "split"),
                options.stream().map(entry -> entry.name().name()).toList());
        Binary scale =
                assertInstanceOf(Binary.class, options.get(0).positional().get(0));
        assertEquals(BinaryOp.DIVIDE, scale.op());
        assertEquals(1.0, number(scale.left()));
        assertEquals(255.0, number(scale.right()));

        List<Clause> split = options.get(1).clauses();
        assertEquals(2, split.size());
        assertSplitPart(split.get(0), "train", 0.9);
        assertSplitPart(split.get(1), "valid", 0.1);
    }

    private static void assertSplitPart(Clause clause, String name, double fraction) {
        assertEquals(2, clause.args().size());
        assertEquals(name, ((NameRef) ((PositionalArg) clause.args().get(0)).value()).text());
        NumberLit percent = (NumberLit) ((PositionalArg) clause.args().get(1)).value();
        assertTrue(percent.isPercent());
        assertEquals(fraction, percent.value());
    }

    @Test
    void modelIsATemplateWithParametersAndLayers() {
        ModelStmt mlp = (ModelStmt) script.get(3);
        assertEquals("mlp", mlp.name().name());
        List<Param> params = mlp.params();
        assertEquals(
                List.of("hidden", "rate"),
                params.stream().map(param -> param.name().name()).toList());
        assertEquals(128.0, number(params.get(0).defaultValue()));
        assertEquals(0.2, number(params.get(1).defaultValue()));

        Block layers = mlp.layers();
        assertEquals(
                List.of("input", "dense", "dropout", "dense", "dense"),
                layers.entries().stream().map(entry -> entry.name().name()).toList());
        SizeLit input = (SizeLit) layers.entries().get(0).positional().get(0);
        assertEquals(List.of(28, 28), input.factors());
        assertEquals(784, input.product());
        assertEquals(List.of("hidden", "relu"), names(layers.entries().get(1).positional()));
        assertEquals(List.of("rate"), names(layers.entries().get(2).positional()));
        assertEquals(10.0, number(layers.entries().get(4).positional().get(0)));
        assertEquals("softmax", ((NameRef) layers.entries().get(4).positional().get(1)).text());
    }

    @Test
    void trainStatementHasItsModelDataAndOptions() {
        TrainStmt train = (TrainStmt) script.get(4);
        assertEquals("mlp", train.model().name());
        assertEquals("digits.train", train.data().text());
        assertTrue(train.data().isDotted());
        assertEquals("digits", train.data().head().name());
        assertEquals("train", train.data().last().name());

        List<Entry> options = train.options().orElseThrow().entries();
        assertEquals(
                List.of("optimizer", "epochs", "batch", "validate", "early_stop"),
                options.stream().map(entry -> entry.name().name()).toList());
        Call adam = (Call) options.get(0).positional().get(0);
        assertEquals("adam", adam.callee().name());
        assertEquals(0.001, number(adam.named("lr").orElseThrow().value()));
        assertTrue(((NumberLit) options.get(1).positional().get(0)).isIntegerLiteral());

        PrepositionArg validate = (PrepositionArg) options.get(3).args().get(0);
        assertEquals(Preposition.ON, validate.preposition());
        assertEquals("digits.valid", ((NameRef) validate.value()).text());

        NamedArg patience = options.get(4).named("patience").orElseThrow();
        assertEquals(3.0, number(patience.value()));
        assertEquals(1, options.get(4).args().size());
    }

    @Test
    void evaluateAndSaveNameTheirModelDataAndFile() {
        EvaluateStmt evaluate = (EvaluateStmt) script.get(5);
        assertEquals("mlp", evaluate.model().name());
        assertEquals("exam", evaluate.data().text());
        assertFalse(evaluate.data().isDotted());
        assertTrue(evaluate.output().isEmpty());

        SaveStmt save = (SaveStmt) script.get(6);
        assertEquals("mlp", save.model().name());
        assertEquals("mlp.nnm", save.path().value());
    }

    @Test
    void nodesKnowWhereTheyWereWritten() {
        TrainStmt train = (TrainStmt) script.get(4);
        assertEquals(new SourceSpan(22, 1, 28, 2), train.span());
        assertEquals(new SourceSpan(22, 7, 22, 10), train.model().span());
        assertEquals(new SourceSpan(22, 14, 22, 26), train.data().span());
        assertEquals(new SourceSpan(22, 21, 22, 26), train.data().last().span());

        Entry optimizer = train.options().orElseThrow().entries().get(0);
        assertEquals(new SourceSpan(23, 3, 23, 27), optimizer.span());
        Call adam = (Call) optimizer.positional().get(0);
        assertEquals(new SourceSpan(23, 13, 23, 27), adam.span());
        assertEquals(new SourceSpan(23, 18, 23, 26), adam.named().get(0).span());

        DataStmt digits = (DataStmt) script.get(1);
        assertEquals(new SourceSpan(4, 1, 8, 2), digits.span());
        StringLit images = (StringLit) ((Call) digits.source()).positional().get(0);
        assertEquals(new SourceSpan(4, 19, 4, 62), images.span()); // the quotes included

        Clause valid = digits.options().orElseThrow().entries().get(1).clauses().get(1);
        assertEquals(new SourceSpan(7, 20, 7, 29), valid.span());

        SizeLit input = (SizeLit) ((ModelStmt) script.get(3))
                .layers()
                .entries()
                .get(0)
                .positional()
                .get(0);
        assertEquals(new SourceSpan(15, 9, 15, 14), input.span());
    }

    @Test
    void sweepHasItsTemplateDataAndVaryLines() {
        List<Statement> sweeps = statements(resource("examples/sweep.nn"));
        SweepStmt best = (SweepStmt) sweeps.get(0);
        assertEquals("best", best.name().name());
        assertEquals("mlp", best.template().name());
        assertEquals("digits.train", best.data().text());
        assertTrue(best.output().isEmpty());

        Entry vary = best.options().entries().get(2);
        assertEquals("vary", vary.name().name());
        assertEquals("hidden", ((NameRef) ((PositionalArg) vary.args().get(0)).value()).text());
        PrepositionArg in = (PrepositionArg) vary.args().get(1);
        assertEquals(Preposition.IN, in.preposition());
        assertEquals(
                List.of(32.0, 64.0, 128.0),
                ((ListLit) in.value())
                        .elements().stream().map(ContractExampleTest::number).toList());
        assertEquals(
                List.of("max", "val_accuracy"),
                names(best.options().entries().get(5).positional()));

        SweepStmt quick = (SweepStmt) sweeps.get(1);
        assertEquals("results.csv", quick.output().orElseThrow().value());
        assertEquals(
                List.of("vary", "select", "repeat"),
                quick.options().entries().stream()
                        .map(entry -> entry.name().name())
                        .toList());
    }

    private static double number(Expr expr) {
        return assertInstanceOf(NumberLit.class, expr).value();
    }

    private static List<String> names(List<Expr> exprs) {
        return exprs.stream()
                .map(expr -> assertInstanceOf(NameRef.class, expr).text())
                .toList();
    }
}
