/**
 * Model files ({@code .nnm}): {@link dev.neurona.runtime.io.ModelFile} writes and reads a {@link
 * dev.neurona.runtime.io.ModelSnapshot} (spec, schema, preprocessing, history, weights) with an
 * integrity check and a format version, encoded by {@code ModelCodec}; {@code SafeWrite} replaces
 * a file only once the new one is whole; a damaged file is a {@link
 * dev.neurona.runtime.io.ModelFileException}.
 */
@NullMarked
package dev.neurona.runtime.io;

import org.jspecify.annotations.NullMarked;
