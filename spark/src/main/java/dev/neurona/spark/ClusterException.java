package dev.neurona.spark;

import dev.neurona.runtime.NeuronaException;
import dev.neurona.runtime.i18n.Text;

/**
 * A Spark job failed: a worker's task kept failing, or the cluster went away. The message is
 * one sentence for the user, naming what failed and why, never Spark's stack dump; it is a
 * {@link Text}, so that it reaches the user in their language. The original exception stays
 * attached as the cause for logs.
 */
public final class ClusterException extends NeuronaException {
    public ClusterException(Text message) {
        super(message);
    }

    public ClusterException(Text message, Throwable cause) {
        super(message, cause);
    }
}
