/**
 * Reading {@code csv(...)} and {@code parquet(...)} sources with Spark, so that paths may be
 * distributed (HDFS, object stores, folders of part files): {@link dev.neurona.spark.data.SparkDataReader}
 * follows the local reader's rules ({@code TableRules}) with Spark doing the passes over the rows.
 */
@NullMarked
package dev.neurona.spark.data;

import org.jspecify.annotations.NullMarked;
