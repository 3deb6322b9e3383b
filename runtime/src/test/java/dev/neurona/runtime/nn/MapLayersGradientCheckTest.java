package dev.neurona.runtime.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.runtime.linalg.ComputePool;
import dev.neurona.runtime.nn.conv.ConvSpec;
import dev.neurona.runtime.nn.conv.Padding;
import dev.neurona.runtime.nn.flatten.FlattenSpec;
import dev.neurona.runtime.nn.norm.BatchNormSpec;
import dev.neurona.runtime.nn.pool.GlobalAvgPoolSpec;
import dev.neurona.runtime.nn.pool.PoolSpec;
import dev.neurona.runtime.optim.Param;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.InitSpec;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The layers on maps against central finite differences, at awkward sizes: odd maps, stride 2,
 * {@code same} and {@code valid}, an even kernel, 1 and 3 channels, batch 1. For L = Σ y·r with a
 * fixed random r, the backward pass must agree with (L(v + ε) − L(v − ε)) / 2ε for every input
 * value and every parameter of the layer. Sums run in double so float rounding does not blur it.
 */
class MapLayersGradientCheckTest {
    private static final float EPS = 1e-2f;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(
                        "conv 4 3x3 tanh same, 3x7x7, batch 2",
                        conv(4, 3, 1, Padding.SAME, ActivationSpec.TANH),
                        Shape.map(3, 7, 7),
                        2),
                Arguments.of(
                        "conv 2 3x3 stride 2 valid, 1x9x8, batch 1",
                        conv(2, 3, 2, Padding.VALID, ActivationSpec.LINEAR),
                        Shape.map(1, 9, 8),
                        1),
                Arguments.of(
                        "conv 5 3x3 elu stride 2 same, 3x8x8, batch 2",
                        conv(5, 3, 2, Padding.SAME, ActivationSpec.elu(1.0)),
                        Shape.map(3, 8, 8),
                        2),
                Arguments.of(
                        "conv 3 5x5 sigmoid valid, 1x5x5, batch 2",
                        conv(3, 5, 1, Padding.VALID, ActivationSpec.SIGMOID),
                        Shape.map(1, 5, 5),
                        2),
                Arguments.of(
                        "conv 2 2x2 same (even kernel), 2x6x6, batch 3",
                        conv(2, 2, 1, Padding.SAME, ActivationSpec.LINEAR),
                        Shape.map(2, 6, 6),
                        3),
                Arguments.of(
                        "conv 3 3x3 same stride 3 (more stride than half the kernel), 2x7x5, batch 1",
                        conv(3, 3, 3, Padding.SAME, ActivationSpec.TANH),
                        Shape.map(2, 7, 5),
                        1),
                Arguments.of(
                        "maxpool 2x2, 3x7x7 (odd map), batch 2",
                        new PoolSpec(PoolSpec.Op.MAX, 2),
                        Shape.map(3, 7, 7),
                        2),
                Arguments.of(
                        "maxpool 3x3 stride 2 (overlapping), 2x9x9, batch 1",
                        new PoolSpec(PoolSpec.Op.MAX, 3, 2),
                        Shape.map(2, 9, 9),
                        1),
                Arguments.of("avgpool 2x2, 3x7x7, batch 2", new PoolSpec(PoolSpec.Op.AVG, 2), Shape.map(3, 7, 7), 2),
                Arguments.of(
                        "avgpool 3x3 stride 1, 1x6x5, batch 1",
                        new PoolSpec(PoolSpec.Op.AVG, 3, 1),
                        Shape.map(1, 6, 5),
                        1),
                Arguments.of("global_avgpool, 3x5x4, batch 2", new GlobalAvgPoolSpec(), Shape.map(3, 5, 4), 2),
                Arguments.of("flatten, 2x3x3, batch 2", new FlattenSpec(), Shape.map(2, 3, 3), 2),
                Arguments.of("batchnorm on maps, 4x5x5, batch 3", new BatchNormSpec(0.9, 0.001), Shape.map(4, 5, 5), 3),
                Arguments.of("batchnorm on maps, 1x3x3, batch 1", new BatchNormSpec(), Shape.map(1, 3, 3), 1),
                Arguments.of("batchnorm on units, 5, batch 6", new BatchNormSpec(), Shape.vector(5), 6));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void backwardMatchesFiniteDifferences(String name, LayerSpec spec, Shape shape, int batch) {
        SplittableRandom random = new SplittableRandom(name.hashCode());
        Layer layer = spec.build(shape, new LayerContext("l1", random, new ComputePool(1), new NoiseSource()));
        for (Param p : layer.params()) {
            for (int i = 0; i < p.size(); i++) p.value()[i] += (float) (0.3 * random.nextGaussian());
        }
        FMatrixRMaj x = new FMatrixRMaj(batch, shape.size());
        if (spec instanceof PoolSpec) {
            fillDistinct(x.data, random); // piecewise linear: only a changed winner could break it
        } else {
            for (int i = 0; i < x.data.length; i++) x.data[i] = (float) (0.5 * random.nextGaussian());
        }
        Shape out = spec.outputShape(shape);
        float[] r = new float[batch * out.size()];
        for (int i = 0; i < r.length; i++) r[i] = (float) random.nextGaussian();

        FMatrixRMaj y = layer.forward(x, true);
        assertEquals(out.size(), y.numCols, name + ": output width");
        FMatrixRMaj dx = layer.backward(FMatrixRMaj.wrap(batch, out.size(), r), false, true)
                .copy();

        for (int i = 0; i < x.data.length; i++) {
            float saved = x.data[i];
            x.data[i] = saved + EPS;
            double plus = loss(layer, x, r);
            x.data[i] = saved - EPS;
            double minus = loss(layer, x, r);
            x.data[i] = saved;
            assertClose(name + ": d input[" + i + "]", (plus - minus) / (2 * EPS), dx.data[i]);
        }
        for (Param p : layer.params()) {
            float[] analytic = p.grad().clone();
            for (int i = 0; i < p.size(); i++) {
                float saved = p.value()[i];
                p.value()[i] = saved + EPS;
                double plus = loss(layer, x, r);
                p.value()[i] = saved - EPS;
                double minus = loss(layer, x, r);
                p.value()[i] = saved;
                assertClose(name + ": " + p.name() + "[" + i + "]", (plus - minus) / (2 * EPS), analytic[i]);
            }
        }
    }

    private static ConvSpec conv(int filters, int kernel, int stride, Padding padding, ActivationSpec activation) {
        return new ConvSpec(filters, kernel, stride, padding, activation, InitSpec.AUTO);
    }

    /** Values at least 0.05 apart, shuffled: no max-pool window flips its winner under ±ε. */
    private static void fillDistinct(float[] values, SplittableRandom random) {
        for (int i = 0; i < values.length; i++) values[i] = (i - values.length / 2f) * 0.05f;
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            float t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }

    private static double loss(Layer layer, FMatrixRMaj x, float[] r) {
        FMatrixRMaj y = layer.forward(x, true);
        double sum = 0;
        for (int i = 0; i < r.length; i++) sum += (double) y.data[i] * r[i];
        return sum;
    }

    private static void assertClose(String what, double numeric, double analytic) {
        double tolerance = 1e-2 * Math.max(Math.abs(numeric), Math.abs(analytic)) + 2e-3;
        assertTrue(
                Math.abs(numeric - analytic) <= tolerance, what + ": analytic " + analytic + " vs numeric " + numeric);
    }
}
