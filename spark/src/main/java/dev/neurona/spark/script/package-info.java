/**
 * Running a {@code .nn} script on Spark: the language's {@code ScriptRunner} with the Spark engine
 * and tables read through the cluster ({@code SparkTables}).
 */
@NullMarked
package dev.neurona.spark.script;

import org.jspecify.annotations.NullMarked;
