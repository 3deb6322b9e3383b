package dev.neurona.cli.data;

import dev.neurona.cli.CliContext;
import dev.neurona.cli.HelpOption;
import dev.neurona.cli.data.DatasetCatalog.Dataset;
import dev.neurona.lang.ScriptRunner;
import dev.neurona.repl.Messages;
import dev.neurona.runtime.i18n.Language;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nn data get NAME... [--dir DIR]}: downloads well-known data sets and checks their sums.
 * A hidden {@code --mirror URL} (or {@code NN_DATA_MIRROR}) replaces the public mirrors with one
 * that serves the data folder's layout: {@code URL/<name>/<file>}.
 */
@Command(
        name = "get",
        description = "Download well-known data sets and verify their SHA-256 sums. Files already "
                + "here with the right sum are kept.",
        footer = {
            "",
            "NN_DATA_MIRROR=URL fetches URL/<name>/<file> instead of the public mirrors.",
            "Exit codes: 0 the data sets are here, 1 a download failed, 2 an unknown name."
        })
final class DataGetCommand implements Callable<Integer> {
    static final String MIRROR_VARIABLE = "NN_DATA_MIRROR";

    private final CliContext context;

    @Mixin
    private HelpOption help;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "NAME", descriptionKey = "names", description = "mnist or fashion_mnist.")
    private List<String> names;

    @Option(
            names = "--dir",
            paramLabel = "DIR",
            description = "The data folder (default: $NN_DATA, else ~/.neurona/datasets).")
    private Path dir;

    @Option(
            names = "--mirror",
            paramLabel = "URL",
            hidden = true,
            description = "Fetch from URL/<name>/<file> instead of the public mirrors.")
    private String mirror;

    DataGetCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Locale language = Language.choose(null, context.env());
        List<Dataset> wanted = new ArrayList<>();
        for (String name : names) {
            Dataset dataset = context.catalog().find(name).orElse(null);
            if (dataset == null) {
                context.err()
                        .println(Messages.in(
                                language,
                                "data.unknown",
                                name,
                                String.valueOf(context.catalog().names())));
                return ScriptRunner.SCRIPT_ERROR;
            }
            wanted.add(dataset);
        }
        URI mirrorOverride = mirrorOverride();
        Path dataDir = dir != null ? dir : context.dataDir();
        DatasetDownloader downloader = new DatasetDownloader(
                DownloadTimeouts.standard(),
                new ProgressPrinter(context.out(), context.terminal(), language),
                language);
        for (Dataset dataset : wanted) {
            Path folder = dataset.folder(dataDir);
            List<URI> mirrors =
                    mirrorOverride != null ? List.of(mirrorOverride.resolve(dataset.name() + "/")) : dataset.mirrors();
            context.out().println(Messages.in(language, "data.get.into", dataset.name(), dataset.title(), folder));
            try {
                int downloaded = downloader.download(dataset, mirrors, dataDir);
                DatasetStatus status = DatasetStatus.inspect(dataset, dataDir);
                context.out()
                        .println(Messages.in(
                                language,
                                downloaded == 0 ? "data.get.ready_all_here" : "data.get.ready",
                                dataset.name(),
                                String.valueOf(status.files().size()),
                                ByteSize.format(status.totalSize())));
            } catch (DownloadException failure) {
                context.err().println("nn: " + failure.getMessage());
                return ScriptRunner.FAILED;
            } catch (IOException failure) {
                context.err()
                        .println(Messages.in(
                                language, "data.unwritable", folder, DiskErrors.describe(failure, language)));
                return ScriptRunner.FAILED;
            }
        }
        return ScriptRunner.OK;
    }

    /** The --mirror option, else NN_DATA_MIRROR, as a base URL ending in "/"; null for the public mirrors. */
    private @Nullable URI mirrorOverride() {
        String value = mirror != null ? mirror : context.env().get(MIRROR_VARIABLE);
        if (value == null || value.isBlank()) {
            return null;
        }
        String source = mirror != null ? "--mirror" : MIRROR_VARIABLE;
        try {
            URI uri = URI.create(value.endsWith("/") ? value : value + "/");
            if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
                throw new IllegalArgumentException("not http or https");
            }
            return uri;
        } catch (IllegalArgumentException bad) {
            throw new ParameterException(spec.commandLine(), source + " must be an http(s) URL, not '" + value + "'");
        }
    }
}
