package dev.neurona.spark.data;

import dev.neurona.runtime.data.Preprocessing;
import dev.neurona.runtime.data.Schema;
import org.apache.spark.api.java.JavaRDD;

/**
 * A table encoded on the cluster: what a model will know of it (schema, preprocessing without
 * an affine step yet) and its model-ready rows, numbered {@code 0 .. rowCount - 1}.
 */
record EncodedTable(
        String source, Schema schema, Preprocessing preprocessing, JavaRDD<EncodedRow> rows, long rowCount) {}
