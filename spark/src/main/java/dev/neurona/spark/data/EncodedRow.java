package dev.neurona.spark.data;

import java.io.Serializable;

/**
 * One row made model-ready: its features, and its class index (classification) or target
 * number (regression).
 *
 * @param position the row's place among the rows kept, from 0, in reading order
 */
record EncodedRow(long position, float[] features, int label, float target) implements Serializable {}
