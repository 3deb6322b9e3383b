package dev.neurona.spark;

import dev.neurona.runtime.train.TrainingEngine;
import dev.neurona.spark.data.SparkDataReader;
import org.apache.spark.sql.SparkSession;

/**
 * Everything a script run needs from Spark: the session, a {@link TrainingEngine} for its
 * {@code train}, {@code evaluate} and {@code predict} statements, and a reader for its
 * {@code csv(...)} and {@code parquet(...)} sources. Closing it stops the session if this
 * object started it.
 */
public final class SparkCluster implements AutoCloseable {
    private final SparkSession session;
    private final boolean owned;

    private SparkCluster(SparkSession session, boolean owned) {
        this.session = session;
        this.owned = owned;
    }

    /**
     * Joins the cluster at {@code master} ({@code local[4]}, {@code spark://host:7077},
     * {@code yarn}...), or the one {@code spark-submit} configured when {@code master} is null.
     */
    public static SparkCluster connect(String master, String appName) {
        boolean running = SparkSession.getActiveSession().isDefined() || SparkSession.getDefaultSession().isDefined();
        SparkSession.Builder builder = SparkSession.builder().appName(appName);
        if (master != null) builder.master(master);
        // A session already running in this JVM is joined, and left running for whoever started it.
        return new SparkCluster(builder.getOrCreate(), !running);
    }

    /** Uses a session someone else started and will stop. */
    public static SparkCluster of(SparkSession session) {
        return new SparkCluster(session, false);
    }

    public SparkSession session() {
        return session;
    }

    /** Training on {@code partitions} partitions, averaging every {@code syncEvery} local steps. */
    public SparkEngine engine(int partitions, int syncEvery) {
        return new SparkEngine(session, partitions, syncEvery);
    }

    public SparkDataReader reader() {
        return new SparkDataReader(session);
    }

    @Override
    public void close() {
        if (owned) session.stop();
    }
}
