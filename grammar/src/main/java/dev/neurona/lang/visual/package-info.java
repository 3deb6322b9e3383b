/**
 * Pictures of training for people: text charts for the terminal, PNG images drawn with XChart
 * and Java 2D, and the self-contained HTML report.
 *
 * <p>This package knows nothing of the runtime: it draws plain values (numbers per epoch, count
 * matrices, pixel arrays) that the interpreter hands it, so the chart library stays out of the
 * engine and every picture can be tested on numbers made up for the test. Images are drawn
 * headless ({@code java.awt.headless=true}); no window is ever opened.
 */
@NullMarked
package dev.neurona.lang.visual;

import org.jspecify.annotations.NullMarked;
