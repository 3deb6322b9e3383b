/**
 * The generators of the samples' small CSV files ({@code houses.csv}, {@code students.csv}), so
 * that the data can be made again exactly from a seed.
 */
package dev.neurona.samples.data;
