package dev.neurona.lang.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.lang.TestFiles;
import dev.neurona.lang.check.facts.ScriptPaths;
import dev.neurona.lang.plan.DataPlan;
import dev.neurona.lang.plan.DataSource;
import dev.neurona.lang.plan.InputPlan;
import dev.neurona.lang.plan.ModelPlan;
import dev.neurona.lang.plan.Plan;
import dev.neurona.lang.plan.PredictInputsPlan;
import dev.neurona.lang.plan.SeedPlan;
import dev.neurona.lang.plan.TrainPlan;
import dev.neurona.lang.syntax.NnParser;
import dev.neurona.lang.syntax.ParseResult;
import dev.neurona.runtime.data.DataOptions;
import dev.neurona.runtime.data.MissingPolicy;
import dev.neurona.runtime.data.Normalization;
import dev.neurona.runtime.data.SplitPart;
import dev.neurona.runtime.data.Task;
import dev.neurona.runtime.nn.activation.ActivationLayerSpec;
import dev.neurona.runtime.nn.dense.DenseSpec;
import dev.neurona.runtime.nn.dropout.DropoutSpec;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.EarlyStopSpec;
import dev.neurona.runtime.spec.InitSpec;
import dev.neurona.runtime.spec.LossSpec;
import dev.neurona.runtime.spec.Metric;
import dev.neurona.runtime.spec.OptimizerSpec;
import dev.neurona.runtime.spec.ScheduleSpec;
import dev.neurona.runtime.spec.TrainSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checked statements compile to the runtime's specs, with the language's defaults where nothing is written. */
class CompilationTest {

    @TempDir
    Path dir;

    @BeforeEach
    void data() {
        TestFiles.write(
                dir.resolve("iris.csv"),
                "a,b,c,d,colour,species\n1,2,3,4,red,x\n5,6,7,8,blue,y\n1,1,1,1,red,z\n"
                        + "2,2,2,2,red,x\n3,3,3,3,blue,y\n4,4,4,4,red,z\n");
    }

    @Test
    void aTrainBlockWithoutOptionsTakesTheDefaults() {
        TrainPlan train = (TrainPlan) compile("""
                data iris = csv("iris.csv")
                model m { input iris; dense 3 softmax }
                train m on iris
                """).get(2);

        TrainSpec spec = train.spec();
        assertEquals(OptimizerSpec.adam(), spec.optimizer());
        assertEquals(10, spec.epochs());
        assertEquals(32, spec.batchSize());
        assertTrue(spec.shuffle());
        assertEquals(null, spec.loss(), "the loss follows the output layer");
        assertEquals(ScheduleSpec.CONSTANT, spec.schedule());
        assertEquals(null, spec.earlyStop());
        assertEquals(0, spec.validationFraction());
        assertEquals(Optional.empty(), train.validation());
    }

    @Test
    void trainOptionsBecomeTheTrainSpec() {
        TrainPlan train = (TrainPlan) compile("""
                data iris = csv("iris.csv") { split train 50%, valid 50% }
                model m { input iris; dense 3 softmax }
                train m on iris.train {
                  loss huber(delta=2)
                  optimizer sgd(0.1, momentum=0.9, nesterov=true)
                  epochs 3*4
                  batch 64
                  validate on iris.valid
                  l1 0.001
                  l2 1e-4
                  early_stop()
                  schedule step(every=2)
                  clip_norm 5
                  shuffle false
                  checkpoint "best.nnm"
                }
                """).get(2);

        TrainSpec spec = train.spec();
        assertEquals(LossSpec.huber(2), spec.loss());
        assertEquals(OptimizerSpec.sgd(0.1, 0.9, true), spec.optimizer());
        assertEquals(12, spec.epochs());
        assertEquals(64, spec.batchSize());
        assertEquals(Optional.of("iris.valid"), train.validation());
        assertEquals(0.001, spec.l1());
        assertEquals(1e-4, spec.l2());
        assertEquals(new EarlyStopSpec(5, Metric.VAL_LOSS, 0), spec.earlyStop());
        assertEquals(ScheduleSpec.step(2, 0.1), spec.schedule());
        assertEquals(5, spec.clipNorm());
        assertFalse(spec.shuffle());
        assertEquals(dir.resolve("best.nnm"), spec.checkpoint());
    }

    @Test
    void otherOptimizersSchedulesAndAHeldOutShare() {
        List<Plan> plans = compile("""
                data iris = csv("iris.csv")
                model m { input iris; dense 3 softmax }
                train m on iris { optimizer adamw(lr=0.01, weight_decay=0.1); schedule cosine(min_lr=1e-5); validate 25% }
                train m on iris { optimizer rmsprop(rho=0.8); schedule exponential(rate=0.9) }
                train m on iris { optimizer adagrad; early_stop(patience=2, monitor=val_acc, min_delta=0.01); validate 10% }
                """);

        TrainSpec adamw = ((TrainPlan) plans.get(2)).spec();
        assertEquals(0.01, adamw.optimizer().lr());
        assertEquals(0.1, adamw.optimizer().weightDecay());
        assertEquals(ScheduleSpec.cosine(1e-5), adamw.schedule());
        assertEquals(0.25, adamw.validationFraction());
        TrainSpec rmsprop = ((TrainPlan) plans.get(3)).spec();
        assertEquals(OptimizerSpec.rmsprop(0.001, 0.8), rmsprop.optimizer());
        assertEquals(ScheduleSpec.exponential(0.9), rmsprop.schedule());
        TrainSpec adagrad = ((TrainPlan) plans.get(4)).spec();
        assertEquals(OptimizerSpec.adagrad(0.01), adagrad.optimizer());
        assertEquals(new EarlyStopSpec(2, Metric.VAL_ACCURACY, 0.01), adagrad.earlyStop());
    }

    @Test
    void dataOptionsBecomeDataOptions() {
        DataPlan data = (DataPlan) compile("""
                data iris = csv("iris.csv", delimiter=",", header=true) {
                  target species
                  features a, "b", colour
                  ignore c
                  task classification
                  normalize minmax
                  scale 1/255
                  missing mean
                  shuffle
                  limit 5
                  split train 70%, valid 15%, test 15%
                }
                """).get(0);

        assertEquals(new DataSource.Csv(dir.resolve("iris.csv")), data.source());
        DataOptions options = data.options();
        assertEquals("species", options.target());
        assertEquals(List.of("a", "b", "colour"), options.features());
        assertEquals(List.of("c"), options.ignore());
        assertEquals(Task.CLASSIFICATION, options.task());
        assertEquals(Normalization.MINMAX, options.normalize());
        assertEquals(1 / 255.0, options.scale());
        assertEquals(MissingPolicy.MEAN, options.missing());
        assertTrue(options.shuffle());
        assertEquals(5, options.limit());
        assertEquals(
                List.of(new SplitPart("train", 0.7), new SplitPart("valid", 0.15), new SplitPart("test", 0.15)),
                options.split());
    }

    @Test
    void layersBecomeTheModelSpecWithTemplateParametersReplaced() {
        List<Plan> plans = compile("""
                model mlp(hidden = 64, act = relu, rate = 0.25) {
                  input 28x28
                  dense 2*hidden act init=normal(0.1)
                  dropout rate
                  dense hidden/2 leaky_relu(0.2)
                  dense 16 elu(alpha=0.5) init=zeros
                  activation gelu
                  dense 10 softmax
                }
                model small = mlp(8, act=tanh)
                """);

        ModelPlan mlp = (ModelPlan) plans.get(0);
        assertEquals(new InputPlan.Fixed(List.of(28, 28)), mlp.input());
        assertEquals(
                List.of(
                        new DenseSpec(128, ActivationSpec.RELU, InitSpec.normal(0.1)),
                        new DropoutSpec(0.25),
                        new DenseSpec(32, ActivationSpec.leakyRelu(0.2), InitSpec.AUTO),
                        new DenseSpec(16, ActivationSpec.elu(0.5), InitSpec.ZEROS),
                        new ActivationLayerSpec(ActivationSpec.GELU),
                        new DenseSpec(10, ActivationSpec.SOFTMAX, InitSpec.AUTO)),
                mlp.layers());
        ModelPlan small = (ModelPlan) plans.get(1);
        assertEquals(
                new DenseSpec(16, ActivationSpec.TANH, InitSpec.normal(0.1)),
                small.layers().get(0));
        assertEquals(
                new DenseSpec(4, ActivationSpec.leakyRelu(0.2), InitSpec.AUTO),
                small.layers().get(2));
    }

    @Test
    void inputFromADataSetIsResolvedWhenTheModelIsMade() {
        ModelPlan model = (ModelPlan) compile("""
                data iris = csv("iris.csv") { split train 50%, test 50% }
                model m { input iris.train; dense 3 softmax }
                """).get(1);

        assertEquals(new InputPlan.FromData("iris.train"), model.input());
    }

    @Test
    void seedsAndRawInputs() {
        List<Plan> plans = compile("""
                seed 6*7
                data iris = csv("iris.csv")
                model m { input iris; dense 3 softmax }
                train m on iris
                predict m [1, 2.5, -3, 4, "red"]
                """);

        assertEquals(42, ((SeedPlan) plans.get(0)).seed());
        assertEquals(List.of(1.0, 2.5, -3.0, 4.0, "red"), ((PredictInputsPlan) plans.get(4)).inputs());
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
