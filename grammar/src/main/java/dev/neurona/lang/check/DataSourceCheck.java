package dev.neurona.lang.check;

import static dev.neurona.lang.check.value.Signature.bool;
import static dev.neurona.lang.check.value.Signature.text;

import dev.neurona.lang.ast.Identifier;
import dev.neurona.lang.ast.NameRef;
import dev.neurona.lang.check.facts.ScriptPaths;
import dev.neurona.lang.check.facts.WellKnownData;
import dev.neurona.lang.check.value.Problems;
import dev.neurona.lang.check.value.Signature;
import dev.neurona.lang.check.value.Value;
import dev.neurona.lang.plan.DataSource;
import dev.neurona.runtime.i18n.Text;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks the source of a {@code data} statement: {@code csv("file", delimiter=",", header=true)},
 * {@code idx("images", "labels")}, a well-known set such as {@code mnist.train}, or an existing
 * data set or part. Files must exist; a missing one is named as written and as looked for.
 * When a cluster reads the data, {@code parquet("path")} is a source too, and a path with a
 * scheme ({@code hdfs://}, {@code s3a://}, {@code file://}...) is left for the cluster to find.
 */
final class DataSourceCheck {

    static final List<String> SOURCES = List.of("csv", "idx", "parquet");
    private static final Pattern URI_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*");
    private static final Signature PARQUET_OPTIONS = new Signature("parquet", List.of());
    private static final Signature CSV_OPTIONS =
            new Signature("csv", List.of(text("delimiter", ","), bool("header", true)));
    private static final Signature IDX_OPTIONS = new Signature("idx", List.of());

    private final CheckContext context;

    DataSourceCheck(CheckContext context) {
        this.context = context;
    }

    Optional<SourceDraft> check(Value source) {
        if (source instanceof Value.Invocation call) {
            return switch (call.callee().name()) {
                case "csv" -> csv(call);
                case "idx" -> idx(call);
                case "parquet" -> parquet(call);
                default -> {
                    context.problems()
                            .unknown(
                                    Text.of(
                                            "check.unknown.data_source",
                                            call.callee().name()),
                                    call.callee().name(),
                                    call.callee().span(),
                                    SOURCES);
                    yield Optional.empty();
                }
            };
        }
        if (source instanceof Value.Word word) {
            return named(word.name());
        }
        return context.expect().wrong(source, Text.of("check.source.expected"));
    }

    private Optional<SourceDraft> csv(Value.Invocation call) {
        Problems problems = context.problems();
        if (call.positional().isEmpty()) {
            problems.error(call.span(), Text.of("check.source.csv_path"));
            return Optional.empty();
        }
        if (call.positional().size() > 1) {
            problems.error(call.positional().get(1).span(), Text.of("check.source.csv_one_path"));
            return Optional.empty();
        }
        Optional<Signature.Bound> settings = CSV_OPTIONS.bind(List.of(), call.named(), call.span(), context.expect());
        Optional<String> distributed = distributedPath(call.positional().get(0));
        Optional<Path> file = distributed.isPresent()
                ? Optional.empty()
                : existingFile(call.positional().get(0), Text.of("check.source.csv_string"));
        if (settings.isEmpty() || file.isEmpty() && distributed.isEmpty()) {
            return Optional.empty();
        }
        String delimiter = Objects.requireNonNull(settings.get().text("delimiter")); // it has a default
        if (delimiter.isEmpty() || delimiter.contains("\"") || delimiter.contains("\n") || delimiter.contains("\r")) {
            Value written = call.named().stream()
                    .filter(n -> n.name().name().equals("delimiter"))
                    .findFirst()
                    .map(Value.Named::value)
                    .orElseThrow();
            problems.error(written.span(), Text.of("check.source.delimiter"));
            return Optional.empty();
        }
        if (distributed.isPresent()) {
            return Optional.of(new SourceDraft.Table(
                    distributed.get(),
                    DataSource.Format.CSV,
                    delimiter,
                    settings.get().bool("header")));
        }
        Value.Text written = (Value.Text) call.positional().get(0);
        return Optional.of(new SourceDraft.Csv(
                file.get(),
                written.value(),
                written.span(),
                delimiter,
                settings.get().bool("header")));
    }

    /**
     * {@code parquet("path")}: a file or a folder of part files, read by a cluster. Without one,
     * a clear error: this process has no Parquet reader.
     */
    private Optional<SourceDraft> parquet(Value.Invocation call) {
        Problems problems = context.problems();
        if (!context.distributed()) {
            problems.error(
                    call.callee().span(),
                    Text.of("check.source.parquet_spark"),
                    Text.of("check.source.parquet_spark.help"));
            return Optional.empty();
        }
        if (call.positional().size() != 1) {
            problems.error(call.span(), Text.of("check.source.parquet_path"));
            return Optional.empty();
        }
        Optional<Signature.Bound> settings =
                PARQUET_OPTIONS.bind(List.of(), call.named(), call.span(), context.expect());
        Value path = call.positional().get(0);
        Optional<String> distributed = distributedPath(path);
        if (distributed.isPresent()) {
            return settings.map(s -> new SourceDraft.Table(distributed.get(), DataSource.Format.PARQUET, ",", true));
        }
        Optional<String> written = context.expect().text(path, Text.of("check.source.parquet_string"));
        if (written.isEmpty() || settings.isEmpty()) {
            return Optional.empty();
        }
        Path file = context.paths().resolve(written.get());
        if (!Files.exists(file)) { // a folder of part files is fine too
            problems.error(path.span(), Text.of("check.source.missing_path", written.get(), ScriptPaths.shown(file)));
            return Optional.empty();
        }
        return Optional.of(new SourceDraft.Table(ScriptPaths.shown(file), DataSource.Format.PARQUET, ",", true));
    }

    /** The path when a cluster reads the data and the path has a scheme, such as {@code hdfs://}; else empty. */
    private Optional<String> distributedPath(Value value) {
        if (context.distributed()
                && value instanceof Value.Text text
                && URI_SCHEME.matcher(text.value()).matches()) {
            return Optional.of(text.value());
        }
        return Optional.empty();
    }

    private Optional<SourceDraft> idx(Value.Invocation call) {
        if (call.positional().size() != 2) {
            context.problems().error(call.span(), Text.of("check.source.idx_paths"));
            return Optional.empty();
        }
        IDX_OPTIONS.bind(List.of(), call.named(), call.span(), context.expect());
        Optional<Path> images = existingFile(call.positional().get(0), Text.of("check.source.images_string"));
        Optional<Path> labels = existingFile(call.positional().get(1), Text.of("check.source.labels_string"));
        if (images.isEmpty() || labels.isEmpty() || !call.named().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SourceDraft.Idx(images.get(), labels.get(), call.span()));
    }

    /** {@code mnist.train}, or an existing data set or part (defined data sets come first). */
    private Optional<SourceDraft> named(NameRef name) {
        String head = name.head().name();
        if (context.scope().lookup(head).isEmpty() && WellKnownData.isSet(head)) {
            return wellKnown(name);
        }
        Optional<DataRef> ref = context.scope().data(name, context.problems());
        if (ref.isPresent() && ref.get().streamed()) {
            context.problems()
                    .error(
                            name.span(),
                            Text.of("check.source.streamed_derived", ref.get().name()));
            return Optional.empty();
        }
        return ref.map(found -> new SourceDraft.Derived(found.name(), found.shape()));
    }

    private Optional<SourceDraft> wellKnown(NameRef name) {
        Problems problems = context.problems();
        String set = name.head().name();
        if (!name.isDotted()) {
            problems.error(name.span(), Text.of("check.source.well_known_parts", set));
            return Optional.empty();
        }
        Identifier part = name.parts().get(1);
        if (name.parts().size() > 2 || !WellKnownData.PARTS.contains(part.name())) {
            Identifier culprit = name.parts().size() > 2 && WellKnownData.PARTS.contains(part.name())
                    ? name.parts().get(2)
                    : part;
            Scope.noSuchPart(set, culprit, WellKnownData.PARTS, problems);
            return Optional.empty();
        }
        WellKnownData.Files files =
                WellKnownData.files(set, part.name(), context.paths().dataDir()).orElseThrow();
        for (Path file : List.of(files.images(), files.labels())) {
            if (!Files.isRegularFile(file)) {
                problems.error(
                        name.span(),
                        Text.of("check.source.not_in_data_folder", files.name(), ScriptPaths.shown(file)),
                        Text.of("check.source.get_it", set));
                return Optional.empty();
            }
            context.scope().filesRead().add(file, name.span().line());
        }
        return Optional.of(new SourceDraft.Idx(files.images(), files.labels(), name.span()));
    }

    /** The file a string names, when it exists; otherwise reports it as written and as looked for. */
    private Optional<Path> existingFile(Value value, Text expected) {
        Optional<String> written = context.expect().text(value, expected);
        if (written.isEmpty()) {
            return Optional.empty();
        }
        Path file = context.paths().resolve(written.get());
        if (Files.isDirectory(file)) {
            context.problems().error(value.span(), Text.of("check.source.directory", written.get()));
            return Optional.empty();
        }
        if (!Files.exists(file)) {
            context.problems()
                    .error(value.span(), Text.of("check.source.missing_file", written.get(), ScriptPaths.shown(file)));
            return Optional.empty();
        }
        context.scope().filesRead().add(file, value.span().line());
        return Optional.of(file);
    }
}
