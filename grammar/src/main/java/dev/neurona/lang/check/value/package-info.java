/**
 * Values as checks see them: expressions evaluated ({@code 1/255}, parameters replaced), read as
 * the kind an option needs, bound to a signature's parameters, and the problems reported about
 * them with the nearest known word.
 */
@NullMarked
package dev.neurona.lang.check.value;

import org.jspecify.annotations.NullMarked;
