/**
 * The interpreter: a {@link dev.neurona.lang.interp.Session} parses, checks and runs text, one
 * executor per kind of statement ({@code DataExecutor}, {@code TrainExecutor}, ...), keeping the
 * named data sets and models in a workspace and drawing every seed from one stream.
 */
@NullMarked
package dev.neurona.lang.interp;

import org.jspecify.annotations.NullMarked;
