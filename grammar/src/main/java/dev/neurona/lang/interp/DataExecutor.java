package dev.neurona.lang.interp;

import dev.neurona.lang.plan.DataPlan;
import dev.neurona.lang.plan.DataSource;
import dev.neurona.runtime.data.CategoryWarning;
import dev.neurona.runtime.data.CsvStream;
import dev.neurona.runtime.data.DataPipeline;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.data.IdxLoader;
import dev.neurona.runtime.data.PreparedData;
import dev.neurona.runtime.data.Preprocessing;
import dev.neurona.runtime.data.StreamedData;
import java.util.Optional;

/**
 * Runs {@code data NAME = SOURCE { OPTIONS }}: load or derive, then shuffle, limit, split,
 * normalise, scale. CSV and Parquet tables go to the run's {@link TableSource}; a CSV file with
 * {@code stream} is only scanned here ({@link CsvStream}), and read again wherever it is used.
 * A text column that one-hot encodes wide is warned of ({@link CategoryWarning}).
 */
final class DataExecutor {

    private DataExecutor() {}

    static void run(DataPlan plan, RunContext context) {
        long seed = context.seeds().next();
        PreparedData data;
        if (plan.source() instanceof DataSource.Csv csv && plan.options().stream()) {
            StreamedData streamed =
                    CsvStream.open(csv.file().toAbsolutePath().normalize(), plan.options(), plan.name(), seed);
            context.workspace().putStream(plan.name(), streamed);
            warnOfWideColumns(
                    plan,
                    context,
                    streamed.all().preprocessing(),
                    streamed.all().rows());
            return;
        }
        if (plan.source() instanceof DataSource.Csv csv) {
            // What the check loaded of a file this process reads, the run takes rather than reading it again.
            Optional<Dataset> checked = context.tables().distributed()
                    ? Optional.empty()
                    : context.checkedLoads().take(csv.file(), plan.options());
            if (checked.isPresent()) {
                data = DataPipeline.prepareLoaded(checked.get(), plan.options(), plan.name(), seed);
            } else {
                String location = csv.file().toAbsolutePath().normalize().toString();
                data = context.tables().csv(location, plan.options(), plan.name(), seed);
            }
        } else if (plan.source() instanceof DataSource.Table table) {
            data = table.format() == DataSource.Format.CSV
                    ? context.tables().csv(table.location(), plan.options(), plan.name(), seed)
                    : context.tables().parquet(table.location(), plan.options(), plan.name(), seed);
        } else if (plan.source() instanceof DataSource.Idx idx) {
            data = DataPipeline.prepare(IdxLoader.load(idx.images(), idx.labels()), plan.options(), plan.name(), seed);
        } else {
            String source = ((DataSource.Derived) plan.source()).data();
            data = DataPipeline.derive(context.workspace().dataset(source), plan.options(), plan.name(), seed);
        }
        context.workspace().putData(plan.name(), data);
        if (!(plan.source() instanceof DataSource.Derived)) {
            warnOfWideColumns(
                    plan, context, data.all().preprocessing(), data.all().rows());
        }
    }

    /** A warning for each text column whose one-hot encoding is wide (a derived data set was warned of at its source). */
    private static void warnOfWideColumns(DataPlan plan, RunContext context, Preprocessing preprocessing, long rows) {
        for (CategoryWarning wide : CategoryWarning.of(preprocessing, rows)) {
            context.warnings().warn(plan.where(), wide.text(), wide.fix());
        }
    }
}
