package dev.neurona.spark;

import dev.neurona.runtime.NeuronaException;
import org.jspecify.annotations.Nullable;

/**
 * A Spark job failed: a worker's task kept failing, or the cluster went away. The message is
 * one sentence for the user, naming what failed and why, never Spark's stack dump; the
 * original exception stays attached as the cause for logs.
 */
public final class ClusterException extends NeuronaException {
    public ClusterException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
