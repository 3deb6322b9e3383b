/**
 * The generators of the samples' small CSV files ({@code houses.csv}, {@code students.csv}), so
 * that the data can be made again exactly from a seed.
 */
@NullMarked
package dev.neurona.samples.data;

import org.jspecify.annotations.NullMarked;
