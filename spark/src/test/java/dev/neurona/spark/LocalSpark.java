package dev.neurona.spark;

import org.apache.spark.sql.SparkSession;

/**
 * One local Spark for every test class of the run: starting Spark costs seconds, a job tens of
 * milliseconds. {@code local[2,2]}: two worker threads, and a failed task is tried twice.
 */
public final class LocalSpark {
    private static SparkSession session;

    private LocalSpark() {}

    public static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder()
                    .master("local[2,2]")
                    .appName("neurona-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    // As SparkCluster.connect sets it: a round's results come back in the task's status message.
                    .config(ClusterSettings.DIRECT_RESULT_SIZE, ClusterSettings.DEFAULT_DIRECT_RESULT_SIZE)
                    .config("spark.driver.host", "localhost")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .getOrCreate();
            Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
        }
        return session;
    }
}
