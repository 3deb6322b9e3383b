package dev.neurona.spark;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.jspecify.annotations.Nullable;

/**
 * The Spark settings a run on a real cluster needs beyond the user's own: executors load
 * Neurona's classes from {@code spark.jars}, which must name the jar the driver runs from
 * (spark-submit sets it to its application jar; a plain {@code java -cp} driver does not), and
 * they must multiply with the driver's matmul kernel, or a run's figures would differ from a
 * local run's in the last digits. On any master, a round's results come back directly
 * ({@link #DIRECT_RESULT_SIZE}). Settings the user gave are kept; only what is missing is added.
 */
final class ClusterSettings {
    static final String VECTOR_MODULE = "jdk.incubator.vector";
    static final String EXECUTOR_JAVA_OPTIONS = "spark.executor.extraJavaOptions";
    /**
     * A task result up to this size comes back inside the task's status message; a larger one is
     * stored in the executor's block manager, and the driver fetches and then removes it — three
     * more messages per task. Spark's default, 1 MB, is smaller than one round's result for a
     * model of ~90,000 weights with Adam (weights and two moments); every round pays it.
     */
    static final String DIRECT_RESULT_SIZE = "spark.task.maxDirectResultSize";

    static final String DEFAULT_DIRECT_RESULT_SIZE = "64m";

    private ClusterSettings() {}

    /** True for masters whose executors run in this JVM ({@code local}, {@code local[4]}, {@code local[2,3]}). */
    static boolean inProcess(String master) {
        return master == null || master.startsWith("local");
    }

    /**
     * Spark's own settings (system properties, as spark-submit leaves them) with the user's
     * {@code --conf} pairs on top, the master, and the settings executors need on a cluster.
     */
    static SparkConf of(@Nullable String master, String appName, Map<String, String> userSettings) {
        SparkConf conf = new SparkConf().setAppName(appName);
        userSettings.forEach(conf::set);
        if (master != null) conf.setMaster(master);
        if (!conf.contains(DIRECT_RESULT_SIZE)) conf.set(DIRECT_RESULT_SIZE, DEFAULT_DIRECT_RESULT_SIZE);
        String effective = conf.get("spark.master", null);
        if (inProcess(effective)) return conf;
        if (!conf.contains("spark.jars")) {
            Path jar = ownJar();
            if (jar != null) conf.set("spark.jars", jar.toString());
        }
        if (ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent()) {
            String options = conf.get(EXECUTOR_JAVA_OPTIONS, "");
            if (!options.contains(VECTOR_MODULE)) {
                conf.set(EXECUTOR_JAVA_OPTIONS, (options + " --add-modules " + VECTOR_MODULE).trim());
            }
        }
        return conf;
    }

    /** The jar this class was loaded from; null when it comes from a folder of classes (a build's target/classes). */
    static @Nullable Path ownJar() {
        try {
            var source = ClusterSettings.class.getProtectionDomain().getCodeSource();
            if (source == null) return null;
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) ? location.toAbsolutePath() : null;
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return null;
        }
    }
}
