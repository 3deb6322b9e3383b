package dev.neurona.cli.data;

import dev.neurona.cli.data.DatasetCatalog.DataFile;
import dev.neurona.cli.data.DatasetCatalog.Dataset;
import java.nio.file.Path;
import java.util.List;

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
    DownloadException(Dataset dataset, DataFile file, List<String> attempts, Path folder) {
        super(report(dataset, file, attempts, folder));
    }

    private static String report(Dataset dataset, DataFile file, List<String> attempts, Path folder) {
        StringBuilder text = new StringBuilder("could not download ")
                .append(file.name())
                .append(" of ")
                .append(dataset.name())
                .append(':');
        for (String attempt : attempts) {
            text.append(System.lineSeparator()).append("  ").append(attempt);
        }
        text.append(System.lineSeparator())
                .append("To install ")
                .append(dataset.name())
                .append(" by hand, get these ")
                .append(dataset.files().size())
                .append(" files from any of its mirrors and put them in")
                .append(System.lineSeparator())
                .append("  ")
                .append(folder)
                .append(folder.getFileSystem().getSeparator());
        for (DataFile each : dataset.files()) {
            text.append(System.lineSeparator()).append("    ").append(each.name());
        }
        text.append(System.lineSeparator()).append("then 'nn data list' checks them.");
        return text.toString();
    }
}
