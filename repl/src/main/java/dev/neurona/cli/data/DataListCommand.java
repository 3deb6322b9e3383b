package dev.neurona.cli.data;

import dev.neurona.cli.CliContext;
import dev.neurona.cli.HelpOption;
import dev.neurona.cli.data.DatasetCatalog.Dataset;
import dev.neurona.lang.ScriptRunner;
import dev.neurona.repl.Messages;
import dev.neurona.runtime.i18n.Language;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code nn data list [--dir DIR]}: where the data folder is, and which well-known data sets are
 * in it: complete, partial or missing, with each file's size and whether its sum is right.
 */
@Command(name = "list", description = "Show the data folder and which well-known data sets are in it.")
final class DataListCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    private HelpOption help;

    @Option(
            names = "--dir",
            paramLabel = "DIR",
            description = "The data folder (default: $NN_DATA, else ~/.neurona/datasets).")
    private Path dir;

    DataListCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintStream out = context.out();
        Path dataDir = dir != null ? dir : context.dataDir();
        Locale language = Language.choose(null, context.env());
        out.println(Messages.in(
                language,
                Files.isDirectory(dataDir) ? "data.list.folder" : "data.list.folder_not_yet",
                dataDir.toAbsolutePath()));
        for (Dataset dataset : context.catalog().datasets()) {
            DatasetStatus status;
            try {
                status = DatasetStatus.inspect(dataset, dataDir);
            } catch (IOException failure) {
                context.err()
                        .println(Messages.in(
                                Language.choose(null, context.env()),
                                "data.unreadable",
                                dataset.folder(dataDir),
                                DiskErrors.describe(failure, Language.choose(null, context.env()))));
                return ScriptRunner.FAILED;
            }
            print(status, out, language);
        }
        return ScriptRunner.OK;
    }

    private static void print(DatasetStatus status, PrintStream out, Locale language) {
        String name = status.dataset().name();
        int files = status.files().size();
        switch (status.completeness()) {
            case MISSING -> out.printf("  %-15s %s%n", name, Messages.in(language, "data.list.missing", name));
            case COMPLETE ->
                out.printf(
                        "  %-15s %s%n",
                        name,
                        Messages.in(
                                language,
                                "data.list.complete",
                                String.valueOf(files),
                                ByteSize.format(status.totalSize())));
            case PARTIAL ->
                out.printf(
                        "  %-15s %s%n",
                        name,
                        Messages.in(
                                language,
                                "data.list.partial",
                                String.valueOf(status.rightFiles()),
                                String.valueOf(files),
                                name));
        }
        if (status.completeness() == DatasetStatus.Completeness.MISSING) {
            return;
        }
        for (FileStatus file : status.files()) {
            String state =
                    switch (file.state()) {
                        case OK -> ByteSize.format(file.size());
                        case SAME_CONTENT ->
                            Messages.in(language, "data.list.file_same_content", ByteSize.format(file.size()));
                        case MISSING -> Messages.in(language, "data.list.file_missing");
                        case WRONG_SUM ->
                            Messages.in(language, "data.list.file_wrong_sum", ByteSize.format(file.size()));
                    };
            out.printf("      %-28s %s%n", file.file().name(), state);
        }
    }
}
