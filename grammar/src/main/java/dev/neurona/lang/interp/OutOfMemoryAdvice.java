package dev.neurona.lang.interp;

import dev.neurona.lang.plan.DataPlan;
import dev.neurona.lang.plan.DataSource;
import dev.neurona.lang.plan.Plan;

/**
 * What to do when a statement runs out of memory, saying only what is true of it: {@code limit N}
 * bounds what a CSV file holds (without {@code shuffle} reading stops after N rows; with it N rows
 * are sampled in one pass), {@code stream} reads a CSV file batch by batch; an IDX file is read
 * whole whatever its options.
 */
final class OutOfMemoryAdvice {
    private static final String MORE_MEMORY = "give Java more memory (for nn: NN_JAVA_OPTS=-Xmx4g)";

    private OutOfMemoryAdvice() {
    }

    static String of(Plan plan) {
        if (plan instanceof DataPlan data && data.source() instanceof DataSource.Csv) {
            return "out of memory reading the data: hold fewer rows with 'limit N' (only N rows are kept, even with"
                    + " 'shuffle'), read the file batch by batch with 'stream', or " + MORE_MEMORY;
        }
        if (plan instanceof DataPlan) {
            return "out of memory reading the data: " + MORE_MEMORY;
        }
        return "out of memory: use a smaller model or batch, hold fewer rows ('limit N' on a csv data set),"
                + " stream a csv data set ('stream'), or " + MORE_MEMORY;
    }
}
