package dev.neurona.spark;

import dev.neurona.runtime.NeuronaException;
import dev.neurona.runtime.i18n.Text;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.SparkException;

/**
 * Turns what a failed Spark job throws into one clear sentence. Spark reports a task that failed
 * too often as "Job aborted due to stage failure: Task 0 in stage 3.0 failed 2 times, most recent
 * failure: ... java.lang.X: message\n\tat ..." with the worker's exception (when it could be
 * shipped back) as the cause.
 */
final class SparkFailures {
    private static final Pattern TASK_FAILED = Pattern.compile("Task (\\d+) in stage \\S+ failed (\\d+) times?");
    private static final Pattern REMOTE_EXCEPTION =
            Pattern.compile("most recent failure: .*?\\): ([\\w.$]+(?:Exception|Error|Fault)): ([^\\n]*)");

    private SparkFailures() {}

    /** What the driver was doing when Spark failed; each names the failure's sentence in both languages. */
    enum Doing {
        STARTING("starting Spark"),
        PROBING("starting Neurona's work on Spark"),
        TRAINING("training on Spark"),
        EVALUATING("evaluating on Spark"),
        PREDICTING("predicting on Spark");

        private final String jobDescription;

        Doing(String jobDescription) {
            this.jobDescription = jobDescription;
        }

        /** The job group's description in Spark's own web UI, which speaks English. */
        String jobDescription() {
            return jobDescription;
        }
    }

    /**
     * The exception to show for {@code failure}, thrown while {@code doing} on the cluster at
     * {@code master}: a runtime error (bad data, a damaged model) keeps its own message; anything
     * else becomes a {@link ClusterException} naming the failing task and the worker's own message.
     */
    static RuntimeException translate(Doing doing, String master, Throwable failure) {
        Throwable root = rootCause(failure);
        if (root instanceof NeuronaException user && root != failure) {
            return new ClusterException(user.text(), failure);
        }
        if (root instanceof NeuronaException user) return user;
        String sparkMessage = failure.getMessage() == null ? "" : failure.getMessage();
        String reason = reason(root, sparkMessage);
        Matcher task = TASK_FAILED.matcher(sparkMessage);
        Text text = task.find()
                ? failedTask(doing, master, task.group(1), Integer.parseInt(task.group(2)), reason)
                : failed(doing, master, reason);
        return new ClusterException(text, failure);
    }

    /** What was being done failed, for {@code reason} (the worker's words, shown as they are). */
    private static Text failed(Doing doing, String master, String reason) {
        return switch (doing) {
            case STARTING -> Text.of("spark.failed.starting", master, reason);
            case PROBING -> Text.of("spark.failed.probing", master, reason);
            case TRAINING -> Text.of("spark.failed.training", reason);
            case EVALUATING -> Text.of("spark.failed.evaluating", reason);
            case PREDICTING -> Text.of("spark.failed.predicting", reason);
        };
    }

    /** As {@link #failed}, with the task of {@code partition} that failed {@code attempts} times. */
    private static Text failedTask(Doing doing, String master, String partition, int attempts, String reason) {
        return switch (doing) {
            case STARTING -> Text.of("spark.failed.starting.task", master, partition, attempts, reason);
            case PROBING -> Text.of("spark.failed.probing.task", master, partition, attempts, reason);
            case TRAINING -> Text.of("spark.failed.training.task", partition, attempts, reason);
            case EVALUATING -> Text.of("spark.failed.evaluating.task", partition, attempts, reason);
            case PREDICTING -> Text.of("spark.failed.predicting.task", partition, attempts, reason);
        };
    }

    /** The worker's own words: the root cause's message, or what Spark quoted of it. */
    private static String reason(Throwable root, String sparkMessage) {
        if (!(root instanceof SparkException)
                && root.getMessage() != null
                && !root.getMessage().isBlank()) {
            return firstLine(root.getMessage());
        }
        Matcher remote = REMOTE_EXCEPTION.matcher(sparkMessage);
        if (remote.find()) return remote.group(2).trim();
        String first = firstLine(sparkMessage);
        return first.isBlank() ? root.getClass().getSimpleName() : first;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return root;
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).trim();
    }
}
