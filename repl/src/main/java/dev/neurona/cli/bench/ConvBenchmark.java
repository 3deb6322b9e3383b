package dev.neurona.cli.bench;

import dev.neurona.runtime.Model;
import dev.neurona.runtime.linalg.ComputePool;
import dev.neurona.runtime.nn.Layer;
import dev.neurona.runtime.nn.Network;
import dev.neurona.runtime.nn.Shape;
import dev.neurona.runtime.nn.conv.ConvSpec;
import dev.neurona.runtime.nn.conv.Padding;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.InitSpec;
import dev.neurona.runtime.spec.ModelSpec;
import java.io.PrintStream;
import java.util.Locale;
import java.util.SplittableRandom;
import org.ejml.data.FMatrixRMaj;

/**
 * The convolution figure of {@code nn bench}: GFLOP/s of one forward and backward pass of the
 * second conv of {@code samples/cnn.nn} ({@code conv 32 3x3 relu padding=same} on the 16×14×14
 * maps the first conv and maxpool leave), at that script's batch of 32, on one thread and on
 * all. It runs the layer's own code: a network of just that conv, built from its
 * {@link ModelSpec}, its forward pass in training mode and its backward pass with the input
 * gradient, as that layer does inside the whole network.
 *
 * <p>What is counted: 2 FLOPs (a multiply and an add) per multiply-add of the forward product,
 * times 3 for the three products of a pass, forward (W·cols), input gradient (Wᵀ·dz) and weight
 * gradient (dz·colsᵀ), each as large as the forward. The multiply-adds are the layer's own count
 * ({@link ConvSpec#multiplyAdds}, F·C·K·K per output position, here 32·16·3·3·196 per example)
 * times the batch. The time also holds the work that is not counted: unfolding the patches,
 * the bias, the ReLU and its gradient, the bias gradient, folding the input gradient and
 * summing the examples' weight gradients.
 */
public final class ConvBenchmark {
    /** How long the warm-up runs, and then how long the passes are timed; the median pass is reported. */
    private static final long MEASURE_NANOS = 250_000_000L;

    static final int BATCH = 32;
    static final int CHANNELS = 16;
    static final int SIDE = 14;
    static final int FILTERS = 32;
    static final int KERNEL = 3;

    private final PrintStream out;
    private final int threads;

    public ConvBenchmark(PrintStream out, int threads) {
        this.out = out;
        this.threads = threads;
    }

    public void run() {
        conv(1);
        if (threads > 1) conv(threads);
    }

    private void conv(int poolThreads) {
        ConvSpec layer = new ConvSpec(FILTERS, KERNEL, 1, Padding.SAME, ActivationSpec.RELU, InitSpec.AUTO);
        ModelSpec spec =
                Model.builder().input(CHANNELS, SIDE, SIDE).layer(layer).spec();
        Shape input = spec.input();
        Shape output = spec.shapes().get(0);
        long multiplyAdds = layer.multiplyAdds(input) * BATCH;
        // 2 FLOPs per multiply-add, 3 products per pass: forward, input gradient, weight gradient.
        double flops = 2.0 * multiplyAdds * 3;
        try (ComputePool pool = new ComputePool(poolThreads)) {
            Network network = new Network(spec, 1, pool);
            // Network.backward skips the first layer's input gradient (no layer needs it), but
            // this conv is the third layer of cnn.nn and computes it there: call the layer itself.
            Layer conv = network.layers().get(0);
            SplittableRandom random = new SplittableRandom(4);
            FMatrixRMaj x = new FMatrixRMaj(BATCH, network.inputWidth());
            for (int i = 0; i < x.data.length; i++) x.data[i] = (float) random.nextDouble(); // as after a ReLU
            FMatrixRMaj dy = new FMatrixRMaj(BATCH, network.outputWidth());
            for (int i = 0; i < dy.data.length; i++) dy.data[i] = (float) random.nextGaussian();
            double seconds = MedianTime.seconds(
                    () -> {
                        network.forward(x, true);
                        conv.backward(dy, false, true);
                    },
                    MEASURE_NANOS);
            out.printf(
                    Locale.ROOT,
                    "conv shape=%s->%s kernel=%dx%d padding=same activation=relu batch=%d impl=neurona "
                            + "threads=%d madds=%d counted=2*madds*3(forward,input_grad,weight_grad) gflops=%.1f%n",
                    dims(input),
                    dims(output),
                    KERNEL,
                    KERNEL,
                    BATCH,
                    poolThreads,
                    multiplyAdds,
                    flops / seconds / 1e9);
        }
    }

    private static String dims(Shape shape) {
        return shape.channels() + "x" + shape.height() + "x" + shape.width();
    }
}
