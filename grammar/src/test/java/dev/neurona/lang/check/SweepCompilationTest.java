package dev.neurona.lang.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.lang.TestFiles;
import dev.neurona.lang.check.facts.ScriptPaths;
import dev.neurona.lang.plan.ModelPlan;
import dev.neurona.lang.plan.Plan;
import dev.neurona.lang.plan.SweepAxis;
import dev.neurona.lang.plan.SweepCombination;
import dev.neurona.lang.plan.SweepPlan;
import dev.neurona.lang.syntax.NnParser;
import dev.neurona.lang.syntax.ParseResult;
import dev.neurona.runtime.nn.dense.DenseSpec;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.EarlyStopSpec;
import dev.neurona.runtime.spec.InitSpec;
import dev.neurona.runtime.spec.Metric;
import dev.neurona.runtime.spec.OptimizerKind;
import dev.neurona.runtime.spec.OptimizerSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep compiles to every combination of its values, each with its own layers and train spec. */
class SweepCompilationTest {

    @TempDir
    Path dir;

    @BeforeEach
    void data() {
        TestFiles.write(
                dir.resolve("iris.csv"),
                "a,b,c,d,species\n1,2,3,4,x\n5,6,7,8,y\n1,1,1,1,z\n2,2,2,2,x\n"
                        + "3,3,3,3,y\n4,4,4,4,z\n5,5,5,5,x\n6,6,6,6,y\n7,7,7,7,z\n8,8,8,8,x\n");
    }

    @Test
    void everyCombinationInOrderTheLastLineChangingFastest() {
        SweepPlan sweep = sweep("""
                data iris = csv("iris.csv") { split train 80%, valid 20% }
                model mlp(hidden = 8, act = relu) { input iris; dense hidden act; dense 3 softmax }
                sweep best = mlp on iris.train {
                  validate on iris.valid
                  epochs 7
                  vary hidden in [4, 2*8]
                  vary lr in [0.1, 1e-3]
                  vary batch in [16, 32]
                  select max val_acc
                  repeat 3
                  parallel false
                } to "out/results.csv"
                """);

        assertEquals(
                List.of(
                        new SweepAxis("hidden", SweepAxis.Kind.PARAMETER, List.of("4", "16")),
                        new SweepAxis("lr", SweepAxis.Kind.LEARNING_RATE, List.of("0.1", "1e-3")),
                        new SweepAxis("batch", SweepAxis.Kind.OPTION, List.of("16", "32"))),
                sweep.axes());
        assertEquals(8, sweep.combinations().size());
        assertEquals(List.of(0, 0, 1), sweep.combinations().get(1).choices());
        assertEquals(List.of(1, 0, 0), sweep.combinations().get(4).choices());
        assertEquals(List.of("16", "0.1", "32"), sweep.labels(5));

        SweepCombination fifth = sweep.combinations().get(5);
        assertEquals(
                new DenseSpec(16, ActivationSpec.RELU, InitSpec.AUTO),
                fifth.layers().get(0));
        assertEquals(OptimizerSpec.adam(0.1), fifth.spec().optimizer());
        assertEquals(32, fifth.spec().batchSize());
        assertEquals(7, fifth.spec().epochs());
        assertEquals("best", fifth.template().orElseThrow().name());
        assertEquals("hidden", fifth.template().get().params().get(0).name().name());

        assertEquals("mlp", sweep.template());
        assertEquals("iris.train", sweep.data());
        assertEquals(Optional.of("iris.valid"), sweep.validation());
        assertEquals(Metric.VAL_ACCURACY, sweep.select());
        assertEquals(3, sweep.repeat());
        assertEquals(SweepPlan.Parallel.NEVER, sweep.parallel());
        assertEquals(Optional.of(dir.resolve("out/results.csv")), sweep.output());
    }

    @Test
    void theLearningRateGoesIntoEachOptimizerTried() {
        SweepPlan sweep = sweep("""
                data iris = csv("iris.csv")
                model m { input iris; dense 3 softmax }
                sweep best = m on iris {
                  validate 20%
                  vary optimizer in [sgd(momentum=0.9), adamw]
                  vary lr in [0.5, 0.05]
                  vary early_stop in [2, 4]
                }
                """);

        List<OptimizerSpec> optimizers = sweep.combinations().stream()
                .map(c -> c.spec().optimizer())
                .distinct()
                .toList();
        assertEquals(
                List.of(OptimizerSpec.sgd(0.5, 0.9, false), OptimizerSpec.sgd(0.05, 0.9, false)),
                optimizers.subList(0, 2));
        assertEquals(OptimizerKind.ADAMW, optimizers.get(2).kind());
        assertEquals(0.01, optimizers.get(2).weightDecay());
        assertEquals(new EarlyStopSpec(4), sweep.combinations().get(1).spec().earlyStop());
        assertEquals(0.2, sweep.combinations().get(0).spec().validationFraction());
        assertEquals(Metric.VAL_LOSS, sweep.select(), "the default");
        assertEquals(SweepPlan.Parallel.AUTO, sweep.parallel());
    }

    @Test
    void aSweepThatKeepsTheLayersDefinesAModelThatCanBeCopied() {
        List<Plan> plans = compile("""
                data iris = csv("iris.csv")
                model mlp(hidden = 5) { input 4; dense hidden relu; dense 3 softmax }
                sweep best = mlp on iris { validate 20%; vary lr in [0.1, 0.01] }
                model copy = best
                model wide = best(hidden=9)
                """);

        assertEquals(5, ((DenseSpec) ((ModelPlan) plans.get(3)).layers().get(0)).units());
        assertEquals(9, ((DenseSpec) ((ModelPlan) plans.get(4)).layers().get(0)).units());
    }

    private SweepPlan sweep(String source) {
        List<Plan> plans = compile(source);
        assertTrue(plans.get(plans.size() - 1) instanceof SweepPlan, plans.toString());
        return (SweepPlan) plans.get(plans.size() - 1);
    }

    private List<Plan> compile(String source) {
        ParseResult parsed = new NnParser().parse(source, "t.nn");
        assertEquals(List.of(), parsed.diagnostics());
        CheckResult result = new Checker(new ScriptPaths(dir, dir.resolve("datasets")), true)
                .check(parsed.script(), new Scope(), Set.of());
        assertEquals(List.of(), result.diagnostics());
        return result.plans();
    }
}
