package dev.neurona.spark.data;

import java.io.Serializable;

/**
 * One row of a table as text cells (null for an empty one), with its position: from 0, in
 * the order Spark reads the source, which for one file is the file's order.
 */
record IndexedCells(long index, String[] cells) implements Serializable {}
