package dev.neurona.lang.check;

import dev.neurona.lang.ast.DataStmt;
import dev.neurona.lang.ast.Identifier;
import dev.neurona.lang.check.facts.DataFacts;
import dev.neurona.lang.check.facts.DataShape;
import dev.neurona.lang.check.facts.SourceFacts;
import dev.neurona.lang.check.value.Problems;
import dev.neurona.lang.plan.DataPlan;
import dev.neurona.lang.plan.DataSource;
import dev.neurona.lang.plan.Plan;
import dev.neurona.runtime.data.DataException;
import dev.neurona.runtime.data.DataOptions;
import dev.neurona.runtime.i18n.Text;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code data NAME = SOURCE { OPTIONS }}: checks the source and the options, the named CSV
 * columns against the file's header, and learns the data set's shape for the checks that follow.
 */
final class DataCheck {

    private final CheckContext context;

    DataCheck(CheckContext context) {
        this.context = context;
    }

    Optional<Plan> check(DataStmt stmt) {
        Problems problems = context.problems();
        int errorsBefore = problems.errorCount();
        Optional<SourceDraft> source =
                new DataSourceCheck(context).check(context.evaluator().eval(stmt.source()));
        DataDraft draft = new DataDraft();
        stmt.options().ifPresent(block -> DataOptionTable.TABLE.read(block, draft, context, context.evaluator()));
        if (source.isPresent() && !readsCsv(source.get())) {
            for (Map.Entry<String, Identifier> option : draft.readingOptions.entrySet()) {
                problems.error(option.getValue().span(), Text.of("check.data.csv_only", option.getKey()));
            }
        }
        streamOptions(source, draft);
        boolean columnsFine = source.isPresent() && columns(source.get(), draft, stmt);
        Optional<DataShape> shape = Optional.empty();
        DataOptions options = null;
        if (problems.errorCount() == errorsBefore && columnsFine) {
            if (source.get() instanceof SourceDraft.Csv csv) {
                draft.options.delimiter(csv.delimiter()).header(csv.header());
            } else if (source.get() instanceof SourceDraft.Table table && table.format() == DataSource.Format.CSV) {
                draft.options.delimiter(table.delimiter()).header(table.header());
            }
            options = build(draft, stmt.name());
            if (options != null) {
                shape = learnShape(source.get(), options);
            }
        }
        // A silenced source resolves to nothing without a new error: the data set is broken all the same.
        boolean broken = problems.errorCount() > errorsBefore || source.isEmpty() || options == null;
        DataFacts facts = new DataFacts(
                broken ? Optional.empty() : shape, draft.splitFailed ? List.of() : draft.parts, draft.stream != null);
        DataSymbol symbol = new DataSymbol(stmt.name().name(), stmt.span().line(), facts, broken, !draft.splitFailed);
        context.scope().define(symbol, stmt.name().span(), problems, context.warnOnRedefinition());
        if (broken || options == null) {
            return Optional.empty();
        }
        return Optional.of(new DataPlan(
                stmt.name().name(),
                planned(source.get()),
                options,
                stmt.source().span()));
    }

    /** {@code stream} reads a local CSV file; {@code shuffle_buffer} needs it, and the data option {@code shuffle} goes against it. */
    private void streamOptions(Optional<SourceDraft> source, DataDraft draft) {
        Problems problems = context.problems();
        if (draft.shuffleBuffer != null && draft.stream == null) {
            problems.error(draft.shuffleBuffer.span(), Text.of("check.data.buffer_needs_stream"));
        }
        if (draft.stream == null) {
            return;
        }
        if (source.isPresent() && !(source.get() instanceof SourceDraft.Csv)) {
            problems.error(
                    draft.stream.span(),
                    source.get() instanceof SourceDraft.Idx
                            ? Text.of("check.data.stream_idx")
                            : source.get() instanceof SourceDraft.Derived
                                    ? Text.of("check.data.stream_derived")
                                    : Text.of("check.data.stream_cluster"));
        }
        if (draft.shuffleOn != null) {
            problems.error(draft.shuffleOn.span(), Text.of("check.data.stream_shuffle"));
        }
    }

    private static boolean readsCsv(SourceDraft source) {
        return source instanceof SourceDraft.Csv
                || source instanceof SourceDraft.Table table && table.format() == DataSource.Format.CSV;
    }

    private @Nullable DataOptions build(DataDraft draft, Identifier name) {
        try {
            return draft.options.build();
        } catch (DataException e) {
            context.problems().error(name.span(), e.text());
            return null;
        }
    }

    /**
     * A CSV source's named columns against its header (read here); other sources have no columns
     * to check here (a cluster's table shows its columns when it is read).
     */
    private boolean columns(SourceDraft source, DataDraft draft, DataStmt stmt) {
        if (!(source instanceof SourceDraft.Csv csv)) {
            return true;
        }
        List<String> header;
        try {
            header = SourceFacts.csvHeader(csv.file(), csv.delimiter(), csv.header());
        } catch (DataException e) {
            context.problems().error(csv.fileSpan(), e.text());
            return false;
        }
        return CsvColumnsCheck.check(csv.written(), header, draft, stmt.name().span(), context.problems());
    }

    private Optional<DataShape> learnShape(SourceDraft source, DataOptions options) {
        if (source instanceof SourceDraft.Csv csv) {
            return SourceFacts.csv(csv.file(), options, context.loads());
        }
        if (source instanceof SourceDraft.Table) {
            return Optional.empty();
        }
        if (source instanceof SourceDraft.Idx idx) {
            try {
                return Optional.of(SourceFacts.idx(idx.images(), idx.labels()));
            } catch (DataException e) {
                context.problems().error(idx.span(), e.text());
                return Optional.empty();
            }
        }
        return ((SourceDraft.Derived) source).shape();
    }

    /** The source as the plan runs it; a CSV's delimiter and header travel in the options. */
    private static DataSource planned(SourceDraft source) {
        if (source instanceof SourceDraft.Csv csv) {
            return new DataSource.Csv(csv.file());
        }
        if (source instanceof SourceDraft.Table table) {
            return new DataSource.Table(table.location(), table.format());
        }
        if (source instanceof SourceDraft.Idx idx) {
            return new DataSource.Idx(idx.images(), idx.labels());
        }
        return new DataSource.Derived(((SourceDraft.Derived) source).data());
    }
}
