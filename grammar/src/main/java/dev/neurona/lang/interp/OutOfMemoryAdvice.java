package dev.neurona.lang.interp;

import dev.neurona.lang.plan.DataPlan;
import dev.neurona.lang.plan.DataSource;
import dev.neurona.lang.plan.Plan;
import dev.neurona.lang.plan.TrainPlan;
import dev.neurona.runtime.Printable;
import dev.neurona.runtime.i18n.Text;
import org.jspecify.annotations.Nullable;

/**
 * What a statement that ran out of memory was doing, and what would help it, saying only what is
 * true of how data is read: {@code limit N} stops reading a {@code csv(...)} file after N rows; the
 * file is otherwise read whole unless it has {@code stream} (then it is read batch by batch); an ignored
 * column is never read; an IDX file is read whole whatever the options.
 */
final class OutOfMemoryAdvice {

    private OutOfMemoryAdvice() {}

    /** What was running: the data set and the file it was loading, or the model and data it was training. */
    static Text message(Plan plan) {
        if (plan instanceof DataPlan data) {
            String from = from(data.source());
            return from == null ? Text.of("oom.preparing", data.name()) : Text.of("oom.loading", data.name(), from);
        }
        if (plan instanceof TrainPlan train) {
            return Text.of("oom.training", train.model(), train.data());
        }
        return Text.of("oom.statement");
    }

    /** What really helps, for that statement. */
    static Text help(Plan plan) {
        if (plan instanceof DataPlan data && data.source() instanceof DataSource.Csv) {
            return data.options().stream() ? Text.of("oom.help.streamed") : Text.of("oom.help.csv");
        }
        if (plan instanceof DataPlan) {
            return Text.of("oom.help.memory");
        }
        return Text.of("oom.help.training");
    }

    /** The file a data set is read from, quoted and made safe to show, or null when it comes from another data set. */
    private static @Nullable String from(DataSource source) {
        if (source instanceof DataSource.Csv csv) {
            return "'" + Printable.escape(csv.file().toString()) + "'";
        }
        if (source instanceof DataSource.Idx idx) {
            return "'" + Printable.escape(idx.images().toString()) + "'";
        }
        if (source instanceof DataSource.Table table) {
            return "'" + Printable.escape(table.location()) + "'";
        }
        return null;
    }
}
