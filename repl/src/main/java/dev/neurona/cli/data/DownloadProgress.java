package dev.neurona.cli.data;

import dev.neurona.cli.data.DatasetCatalog.DataFile;
import java.net.URI;

/** What a {@link DatasetDownloader} reports while it works, file by file. */
public interface DownloadProgress {

    /** The file is already there with the right sum; it is kept. */
    void present(DataFile file, long bytes);

    /** The file is there but its sum is wrong; it will be replaced. */
    void replacing(DataFile file);

    /** The body of {@code url} starts arriving; {@code length} is -1 when the server does not say. */
    void started(DataFile file, URI url, long length);

    /** {@code received} bytes of the current file have arrived so far. */
    void advanced(long received);

    /** The file arrived whole, its sum matched, and it is in place. */
    void finished(DataFile file, long bytes);

    /**
     * Getting the file from {@code url} failed for {@code reason}.
     *
     * @param nextMirror whether another mirror will be tried (if not, the whole download fails
     *                   with a {@link DownloadException} that lists every attempt)
     */
    void failed(DataFile file, URI url, String reason, boolean nextMirror);
}
