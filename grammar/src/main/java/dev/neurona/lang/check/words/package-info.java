/**
 * The families of words a script chooses from — activations, initialisations, losses,
 * optimizers, schedules, metrics — each word with its parameters, defaults and ranges, and the
 * runtime spec it makes.
 */
@NullMarked
package dev.neurona.lang.check.words;

import org.jspecify.annotations.NullMarked;
