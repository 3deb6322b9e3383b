/**
 * Matrix products for the runtime, on EJML's {@code FMatrixRMaj}.
 *
 * <p>{@link dev.neurona.runtime.linalg.MatMul} is the entry point: c = a·b, aᵀ·b and a·bᵀ.
 * It hands a {@code Product} to a {@code Kernel}, which cuts the result into
 * {@code OutputTiles}, runs them on a {@link dev.neurona.runtime.linalg.ComputePool}, and for
 * each tile packs blocks of the inputs ({@code Packing}) into the layout its inner loop
 * streams through. {@code Kernels} picks the kernel once: {@code VectorKernel} when the JVM
 * has {@code jdk.incubator.vector}, {@code PortableKernel} otherwise. Either kernel sums each
 * element in order of k, so results do not depend on the number of threads.
 */
@NullMarked
package dev.neurona.runtime.linalg;

import org.jspecify.annotations.NullMarked;
