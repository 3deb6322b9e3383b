package dev.neurona.spark;

import dev.neurona.runtime.linalg.MatMul;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Checks that a cluster can run Neurona before a script starts on it, so that a wrong master URL,
 * a cluster without workers or executors without Neurona's classes are each one sentence naming
 * the master and the likely fix, instead of a stack trace or Spark's internal-error text in the
 * middle of a script.
 */
final class ClusterChecks {
    /** How long to wait for the first executor, as a Spark time ("60s", "2min"). */
    static final String EXECUTOR_TIMEOUT = "spark.neurona.executorTimeout";

    static final String DEFAULT_EXECUTOR_TIMEOUT = "60s";
    private static final int CONNECT_MILLIS = 5_000;
    private static final int POLL_MILLIS = 100;

    private ClusterChecks() {}

    /**
     * For a standalone master ({@code spark://host:port}, or several hosts separated by commas):
     * that at least one of them accepts connections. Spark itself would retry for a minute and
     * then stop with "All masters are unresponsive".
     */
    static void requireReachable(String master) {
        if (master == null || !master.startsWith("spark://")) return;
        List<String> problems = new ArrayList<>();
        for (String hostPort : master.substring("spark://".length()).split(",")) {
            int colon = hostPort.lastIndexOf(':');
            int port;
            try {
                port = colon < 0 ? 7077 : Integer.parseInt(hostPort.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new ClusterException(
                        "the master URL " + master + " has no port number after '" + hostPort.substring(0, colon)
                                + ":'; write it as spark://HOST:PORT (7077 unless the master was started with another)",
                        e);
            }
            String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), CONNECT_MILLIS);
                return;
            } catch (UnknownHostException e) {
                problems.add("there is no host named " + host);
            } catch (IOException e) {
                problems.add("nothing answers on port " + port + " of " + host);
            } catch (IllegalArgumentException e) {
                problems.add("port " + port + " is not a port number");
            }
        }
        throw new ClusterException(
                "cannot reach the Spark master " + master + " (" + String.join("; ", problems)
                        + "): check the URL against the one the master printed when it started (start-master.sh), and that it is running",
                null);
    }

    /**
     * Waits until at least one executor has registered with the driver, for at most the time
     * {@value #EXECUTOR_TIMEOUT} gives.
     */
    static void awaitExecutors(SparkContext context, String master) {
        long seconds = context.conf().getTimeAsSeconds(EXECUTOR_TIMEOUT, DEFAULT_EXECUTOR_TIMEOUT);
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (executors(context) == 0) {
            if (System.nanoTime() - deadline > 0) {
                throw new ClusterException(
                        "no executor registered with the Spark master " + master + " within " + seconds
                                + " s: check that a worker is running and registered with it (its web page lists the workers), and that"
                                + " a worker has the cores and memory asked for (spark.executor.cores, spark.executor.memory);"
                                + " --conf " + EXECUTOR_TIMEOUT + "=2min waits longer",
                        null);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ClusterException("interrupted while waiting for executors of the Spark master " + master, e);
            }
        }
    }

    /** Executors registered now; the driver lists itself among them. */
    private static int executors(SparkContext context) {
        return Math.max(0, context.statusTracker().getExecutorInfos().length - 1);
    }

    /**
     * Runs a small job of Neurona's classes on the executors and returns a warning when they
     * would multiply with another kernel than the driver, empty when all is well.
     *
     * @throws ClusterException when the executors cannot run Neurona's classes
     */
    static Optional<String> probe(JavaSparkContext spark, String master) {
        int tasks = Math.max(2, 2 * executors(spark.sc()));
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < tasks; i++) ids.add(i);
        List<String> kernels;
        try {
            kernels = spark.parallelize(ids, tasks).map(new ExecutorProbe()).collect();
        } catch (Exception failure) { // SparkException is checked, yet thrown by collect undeclared
            if (cannotLoadClasses(failure)) {
                throw new ClusterException(
                        "the executors of the Spark master " + master + " cannot load Neurona's classes: run through"
                                + " nn run (it ships them), or spark-submit neurona-spark.jar, or name that jar in --conf spark.jars=PATH",
                        failure);
            }
            throw SparkFailures.translate("starting Neurona's work on the Spark master " + master, failure);
        }
        String driver = MatMul.kernelName();
        TreeSet<String> others = new TreeSet<>(kernels);
        others.remove(driver);
        if (others.isEmpty()) return Optional.empty();
        return Optional.of("the executors of " + master + " multiply with the " + String.join(" and ", others)
                + " kernel and this driver with the "
                + driver
                + " one, so figures can differ from a local run's in the last digits; start both with (or both without)"
                + " --add-modules " + ClusterSettings.VECTOR_MODULE + " (" + ClusterSettings.EXECUTOR_JAVA_OPTIONS
                + ")");
    }

    /**
     * Spark reports a class an executor cannot find as ClassNotFoundException or
     * NoClassDefFoundError, or — when a lambda's class is missing — as a ClassCastException of a
     * SerializedLambda, in the cause chain or quoted in the job's message.
     */
    static boolean cannotLoadClasses(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ClassNotFoundException || t instanceof NoClassDefFoundError) return true;
            String message = t.getMessage();
            if (message != null
                    && (message.contains("ClassNotFoundException")
                            || message.contains("NoClassDefFoundError")
                            || message.contains("SerializedLambda"))) {
                return true;
            }
        }
        return false;
    }
}
