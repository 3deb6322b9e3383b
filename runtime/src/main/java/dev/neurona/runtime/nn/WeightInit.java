package dev.neurona.runtime.nn;

import dev.neurona.runtime.spec.InitSpec;
import java.util.random.RandomGenerator;

/** Fills a weight matrix of a layer with {@code fanIn} inputs and {@code fanOut} outputs. */
public final class WeightInit {
    private WeightInit() {}

    /**
     * he: normal with std √(2/fanIn); xavier: uniform in ±√(6/(fanIn+fanOut)); normal(std);
     * uniform(limit); zeros. {@code init} must already be resolved (not AUTO).
     */
    public static void fill(float[] weights, InitSpec init, int fanIn, int fanOut, RandomGenerator random) {
        switch (init.kind()) {
            case HE -> normal(weights, Math.sqrt(2.0 / fanIn), random);
            case XAVIER -> uniform(weights, Math.sqrt(6.0 / (fanIn + fanOut)), random);
            case NORMAL -> normal(weights, init.param(), random);
            case UNIFORM -> uniform(weights, init.param(), random);
            case ZEROS -> java.util.Arrays.fill(weights, 0f);
            case AUTO -> throw new IllegalArgumentException("resolve AUTO init against the activation first");
        }
    }

    private static void normal(float[] w, double std, RandomGenerator random) {
        for (int i = 0; i < w.length; i++) w[i] = (float) (random.nextGaussian() * std);
    }

    private static void uniform(float[] w, double limit, RandomGenerator random) {
        for (int i = 0; i < w.length; i++) w[i] = (float) ((random.nextDouble() * 2 - 1) * limit);
    }
}
