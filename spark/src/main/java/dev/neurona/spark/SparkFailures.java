package dev.neurona.spark;

import dev.neurona.runtime.NeuronaException;
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

    /**
     * The exception to show for {@code failure}, thrown while {@code doing} (e.g. "training on Spark"):
     * a runtime error (bad data, a damaged model) keeps its own message; anything else becomes
     * a {@link ClusterException} naming the failing task and the worker's own message.
     */
    static RuntimeException translate(String doing, Throwable failure) {
        Throwable root = rootCause(failure);
        if (root instanceof NeuronaException user && root != failure) {
            return new ClusterException(String.valueOf(user.getMessage()), failure);
        }
        if (root instanceof NeuronaException user) return user;
        String sparkMessage = failure.getMessage() == null ? "" : failure.getMessage();
        StringBuilder text = new StringBuilder(doing).append(" failed");
        Matcher task = TASK_FAILED.matcher(sparkMessage);
        if (task.find()) {
            int attempts = Integer.parseInt(task.group(2));
            text.append(": the task of partition ")
                    .append(task.group(1))
                    .append(" failed ")
                    .append(attempts == 1 ? "once" : attempts + " times");
        }
        text.append(": ").append(reason(root, sparkMessage));
        return new ClusterException(text.toString(), failure);
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
