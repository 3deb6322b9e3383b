package dev.neurona.cli.data;

import dev.neurona.cli.data.DatasetCatalog.DataFile;
import dev.neurona.repl.Messages;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Locale;

/**
 * Fetches one URL into a temporary file beside its final place, hashing the bytes on the way.
 * Network and HTTP problems are {@link MirrorFailure}s (another mirror may do better); problems
 * writing the folder are {@link IOException}s. On any failure the temporary file is deleted.
 */
final class HttpDownload {
    private static final String USER_AGENT = "Neurona nn-data-get (Java HttpClient)";

    private final HttpClient client;
    private final DownloadTimeouts timeouts;

    private final Locale language;

    /** Says why a mirror failed in {@code language}. */
    HttpDownload(DownloadTimeouts timeouts, Locale language) {
        this.timeouts = timeouts;
        this.language = language;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeouts.connect())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /**
     * The downloaded bytes in a temporary file of the target folder, and their SHA-256.
     *
     * @param temp   the temporary file; the caller moves or deletes it
     * @param bytes  its size
     * @param sha256 the sum of its bytes
     */
    record Fetched(Path temp, long bytes, String sha256) {}

    /** Downloads {@code url} into a new temporary file in {@code folder} named after {@code file}. */
    Fetched fetch(URI url, DataFile file, Path folder, DownloadProgress progress) throws MirrorFailure, IOException {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(timeouts.response())
                .header("User-Agent", USER_AGENT)
                .GET()
                .build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException problem) {
            throw new MirrorFailure(NetworkErrors.describe(problem, timeouts, language));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MirrorFailure(Messages.in(language, "data.interrupted"));
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new MirrorFailure(NetworkErrors.describeStatus(response.statusCode(), language));
            }
            progress.started(
                    file,
                    url,
                    response.headers().firstValueAsLong("Content-Length").orElse(-1));
            Path temp = Files.createTempFile(folder, "." + file.name() + ".", ".part");
            temp.toFile().deleteOnExit(); // Ctrl-C in the middle leaves no debris
            boolean kept = false;
            try (OutputStream out = new FileOutputStream(temp.toFile())) { // not interruptible, unlike channels
                MessageDigest digest = Sha256.newDigest();
                long bytes = copy(body, out, digest, progress);
                kept = true;
                return new Fetched(temp, bytes, Sha256.hex(digest));
            } finally {
                if (!kept) {
                    Files.deleteIfExists(temp);
                }
            }
        }
    }

    /** Copies the body to the file and the digest; a read that fails or stalls is a mirror failure. */
    private long copy(InputStream body, OutputStream out, MessageDigest digest, DownloadProgress progress)
            throws MirrorFailure, IOException {
        byte[] buffer = new byte[1 << 16];
        long received = 0;
        try (IdleWatch watch = new IdleWatch(body, timeouts.idle())) {
            while (true) {
                int n;
                try {
                    n = body.read(buffer);
                } catch (IOException problem) {
                    if (watch.fired()) {
                        throw new MirrorFailure(
                                Messages.in(language, "data.stalled", NetworkErrors.seconds(timeouts.idle())));
                    }
                    throw new MirrorFailure(NetworkErrors.describe(problem, timeouts, language));
                }
                if (n < 0) {
                    return received;
                }
                watch.progressed();
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
                received += n;
                progress.advanced(received);
            }
        }
    }
}
