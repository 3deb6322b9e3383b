package dev.neurona.cli.data;

import dev.neurona.cli.data.DatasetCatalog.DataFile;
import dev.neurona.cli.data.DatasetCatalog.Dataset;
import dev.neurona.repl.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * No mirror could deliver a file of a data set. {@link #getMessage()} is the whole explanation for
 * the user: each URL tried and why it failed, then where to put the files by hand.
 */
public final class DownloadException extends Exception {
    /**
     * @param dataset  the data set being fetched
     * @param file     the file no mirror delivered
     * @param attempts one line per URL tried: "URL: reason"
     * @param folder   where the data set's files belong
     */
    DownloadException(Dataset dataset, DataFile file, List<String> attempts, Path folder, Locale language) {
        super(report(dataset, file, attempts, folder, language));
    }

    private static String report(Dataset dataset, DataFile file, List<String> attempts, Path folder, Locale language) {
        StringBuilder text = new StringBuilder(Messages.in(language, "data.failed", file.name(), dataset.name()));
        for (String attempt : attempts) {
            text.append(System.lineSeparator()).append("  ").append(attempt);
        }
        text.append(System.lineSeparator())
                .append(Messages.in(
                        language,
                        "data.by_hand",
                        dataset.name(),
                        String.valueOf(dataset.files().size())))
                .append(System.lineSeparator())
                .append("  ")
                .append(folder)
                .append(folder.getFileSystem().getSeparator());
        for (DataFile each : dataset.files()) {
            text.append(System.lineSeparator()).append("    ").append(each.name());
        }
        text.append(System.lineSeparator()).append(Messages.in(language, "data.then_list"));
        return text.toString();
    }
}
