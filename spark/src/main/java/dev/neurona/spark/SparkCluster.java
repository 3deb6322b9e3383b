package dev.neurona.spark;

import dev.neurona.runtime.i18n.Text;
import dev.neurona.runtime.train.TrainingEngine;
import dev.neurona.spark.data.SparkDataReader;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;

/**
 * Everything a script run needs from Spark: the session, a {@link TrainingEngine} for its
 * {@code train}, {@code evaluate} and {@code predict} statements, and a reader for its
 * {@code csv(...)} and {@code parquet(...)} sources. Closing it stops the session if this
 * object started it.
 */
public final class SparkCluster implements AutoCloseable {
    private final SparkSession session;
    private final boolean owned;
    private Optional<Text> warning = Optional.empty();

    private SparkCluster(SparkSession session, boolean owned) {
        this.session = session;
        this.owned = owned;
    }

    /**
     * Joins the cluster at {@code master} ({@code local[4]}, {@code spark://host:7077},
     * {@code yarn}...), or the one {@code spark-submit} configured when {@code master} is null.
     */
    public static SparkCluster connect(@Nullable String master, String appName) {
        return connect(master, appName, Map.of());
    }

    /**
     * Joins the cluster at {@code master} with Spark settings ({@code spark.executor.memory}...)
     * on top of spark-submit's. On a real cluster it first ships Neurona's jar and the kernel's
     * JVM option to the executors ({@link ClusterSettings}), then checks that the master
     * answers, that an executor registers and that executors run Neurona's classes
     * ({@link ClusterChecks}).
     *
     * @throws ClusterException one sentence naming the master and the likely fix, when the cluster cannot run Neurona
     */
    public static SparkCluster connect(@Nullable String master, String appName, Map<String, String> settings) {
        SparkConf conf = ClusterSettings.of(master, appName, settings);
        String effective = conf.get("spark.master", null);
        boolean running = SparkSession.getActiveSession().isDefined()
                || SparkSession.getDefaultSession().isDefined();
        if (effective == null && !running) {
            throw new ClusterException(Text.of("spark.no_master"));
        }
        boolean inProcess = ClusterSettings.inProcess(effective);
        if (!inProcess && !running) ClusterChecks.requireReachable(effective);
        SparkSession session;
        try {
            session = SparkSession.builder().config(conf).getOrCreate();
        } catch (Exception e) { // SparkException is checked, yet thrown undeclared
            throw SparkFailures.translate(SparkFailures.Doing.STARTING, String.valueOf(effective), e);
        }
        // A session already running in this JVM is joined, and left running for whoever started it.
        SparkCluster cluster = new SparkCluster(session, !running);
        if (inProcess || running) return cluster;
        try {
            ClusterChecks.awaitExecutors(session.sparkContext(), effective);
            cluster.warning = ClusterChecks.probe(JavaSparkContext.fromSparkContext(session.sparkContext()), effective);
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /**
     * What the user should know before the run starts (a kernel that differs on the executors), if
     * anything, to be put into the reader's language with {@link Text#in}.
     */
    public Optional<Text> warning() {
        return warning;
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
