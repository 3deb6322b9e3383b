/**
 * The languages Neurona speaks to its users: which one to use ({@link dev.neurona.runtime.i18n.Language}),
 * and every sentence in each ({@link dev.neurona.runtime.i18n.Messages}, over the bundles
 * {@code Messages_en.properties} and {@code Messages_es.properties}).
 */
@NullMarked
package dev.neurona.runtime.i18n;

import org.jspecify.annotations.NullMarked;
