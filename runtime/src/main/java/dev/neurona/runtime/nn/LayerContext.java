package dev.neurona.runtime.nn;

import dev.neurona.runtime.linalg.ComputePool;
import java.util.random.RandomGenerator;

/**
 * What a layer needs from its network when it is built.
 *
 * @param name   the layer's name, numbered per kind ({@code dense1}, {@code conv2}); its params
 *               are named after it
 * @param random the network's initialisation stream, drawn from in layer order
 * @param pool   the threads the layer's heavy loops run on
 * @param noise  the network's training-time noise (dropout masks)
 */
public record LayerContext(String name, RandomGenerator random, ComputePool pool, NoiseSource noise) {}
