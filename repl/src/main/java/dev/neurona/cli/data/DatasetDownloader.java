package dev.neurona.cli.data;

import dev.neurona.cli.data.DatasetCatalog.DataFile;
import dev.neurona.cli.data.DatasetCatalog.Dataset;
import dev.neurona.repl.Messages;
import dev.neurona.runtime.i18n.Language;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Puts the files of a well-known data set into a data folder: each file not already there with
 * the right SHA-256 is fetched from the first mirror that delivers it, checked against the
 * catalogue's sum, and only then moved into place atomically. A reader of the folder never sees
 * a partial or unchecked file.
 */
public final class DatasetDownloader {
    private final HttpDownload http;
    private final DownloadProgress progress;

    private final Locale language;

    /** Says what went wrong in English. */
    public DatasetDownloader(DownloadTimeouts timeouts, DownloadProgress progress) {
        this(timeouts, progress, Language.ENGLISH);
    }

    /** Says what went wrong in {@code language}. */
    public DatasetDownloader(DownloadTimeouts timeouts, DownloadProgress progress, Locale language) {
        this.http = new HttpDownload(timeouts, language);
        this.progress = progress;
        this.language = language;
    }

    /**
     * Makes {@code dataset.folder(dataDir)} hold every file of the data set. Files fetched before
     * a failure stay (they are checked); the failing file leaves nothing behind.
     *
     * @param mirrors base URLs (ending in "/") tried in order for each file; the one that last
     *                worked is tried first for the next file
     * @return the number of files downloaded (0 when all were already there)
     * @throws DownloadException when no mirror delivers a file with the right sum
     * @throws IOException       when the folder cannot be created or written
     */
    public int download(Dataset dataset, List<URI> mirrors, Path dataDir) throws DownloadException, IOException {
        Path folder = dataset.folder(dataDir);
        Files.createDirectories(folder);
        List<URI> order = new ArrayList<>(mirrors);
        int downloaded = 0;
        for (DataFile file : dataset.files()) {
            FileStatus status = FileStatus.inspect(file, folder);
            if (status.isRight()) {
                progress.present(file, status.size());
                continue;
            }
            if (status.state() == FileStatus.State.WRONG_SUM) {
                progress.replacing(file);
            }
            URI worked = fetchFromAny(dataset, file, order, folder);
            order.remove(worked);
            order.add(0, worked);
            downloaded++;
        }
        return downloaded;
    }

    /** Tries each mirror in turn; returns the one that delivered the file. */
    private URI fetchFromAny(Dataset dataset, DataFile file, List<URI> mirrors, Path folder)
            throws DownloadException, IOException {
        List<String> attempts = new ArrayList<>();
        for (int i = 0; i < mirrors.size(); i++) {
            URI url = mirrors.get(i).resolve(file.name());
            try {
                fetchInto(url, file, folder);
                return mirrors.get(i);
            } catch (MirrorFailure failure) {
                progress.failed(file, url, String.valueOf(failure.getMessage()), i + 1 < mirrors.size());
                attempts.add(url + ": " + failure.getMessage());
            }
        }
        throw new DownloadException(dataset, file, attempts, folder, language);
    }

    private void fetchInto(URI url, DataFile file, Path folder) throws MirrorFailure, IOException {
        HttpDownload.Fetched fetched = http.fetch(url, file, folder, progress);
        try {
            if (!fetched.sha256().equals(file.sha256())) {
                throw new MirrorFailure(Messages.in(language, "data.checksum", file.sha256(), fetched.sha256()));
            }
            Files.move(fetched.temp(), folder.resolve(file.name()), StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(fetched.temp());
        }
        progress.finished(file, fetched.bytes());
    }
}
