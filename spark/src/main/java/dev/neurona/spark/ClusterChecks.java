package dev.neurona.spark;

import dev.neurona.runtime.i18n.Text;
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
        List<Text> problems = new ArrayList<>();
        for (String hostPort : master.substring("spark://".length()).split(",")) {
            int colon = hostPort.lastIndexOf(':');
            int port;
            try {
                port = colon < 0 ? 7077 : Integer.parseInt(hostPort.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new ClusterException(Text.of("spark.master.no_port", master, hostPort.substring(0, colon)), e);
            }
            String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), CONNECT_MILLIS);
                return;
            } catch (UnknownHostException e) {
                problems.add(Text.of("spark.unreachable.no_host", host));
            } catch (IOException e) {
                problems.add(Text.of("spark.unreachable.no_answer", String.valueOf(port), host));
            } catch (IllegalArgumentException e) {
                problems.add(Text.of("spark.unreachable.bad_port", String.valueOf(port)));
            }
        }
        throw new ClusterException(Text.of("spark.unreachable", master, joined(problems)));
    }

    /** The problems found, each a whole phrase, one after the other as the language separates them. */
    private static Text joined(List<Text> problems) {
        Text all = problems.get(0);
        for (int i = 1; i < problems.size(); i++) all = Text.of("spark.unreachable.and", all, problems.get(i));
        return all;
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
                        Text.of("spark.no_executor", master, String.valueOf(seconds), EXECUTOR_TIMEOUT));
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ClusterException(Text.of("spark.interrupted.executors", master), e);
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
    static Optional<Text> probe(JavaSparkContext spark, String master) {
        int tasks = Math.max(2, 2 * executors(spark.sc()));
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < tasks; i++) ids.add(i);
        List<String> kernels;
        try {
            kernels = spark.parallelize(ids, tasks).map(new ExecutorProbe()).collect();
        } catch (Exception failure) { // SparkException is checked, yet thrown by collect undeclared
            if (cannotLoadClasses(failure)) {
                throw new ClusterException(Text.of("spark.no_classes", master), failure);
            }
            throw SparkFailures.translate(SparkFailures.Doing.PROBING, master, failure);
        }
        String driver = MatMul.kernelName();
        TreeSet<String> others = new TreeSet<>(kernels);
        others.remove(driver);
        if (others.isEmpty()) return Optional.empty();
        // Kernel names ("vector", "portable") are MatMul's names for them, the same in every language.
        return Optional.of(Text.of(
                "spark.kernels",
                master,
                String.join(", ", others),
                driver,
                ClusterSettings.VECTOR_MODULE,
                ClusterSettings.EXECUTOR_JAVA_OPTIONS));
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
