/**
 * Data sets: loading, preparing and the preprocessing that travels with a model.
 *
 * <p>A source is loaded into a {@link dev.neurona.runtime.data.Dataset} of encoded float32
 * features ({@link dev.neurona.runtime.data.CsvLoader}, {@link dev.neurona.runtime.data.IdxLoader}),
 * whose {@link dev.neurona.runtime.data.Preprocessing} records how raw cells became features. The
 * {@link dev.neurona.runtime.data.DataPipeline} then shuffles, limits, splits, normalises and
 * scales it as {@link dev.neurona.runtime.data.DataOptions} say, adding its affine step to the
 * preprocessing, and hands back {@link dev.neurona.runtime.data.PreparedData}. Everything random
 * takes an explicit seed.
 */
@NullMarked
package dev.neurona.runtime.data;

import org.jspecify.annotations.NullMarked;
