package dev.neurona.cli.data;

import java.time.Duration;

/**
 * How long a download waits before it gives a mirror up.
 *
 * @param connect  to open the connection
 * @param response from the request to the response's headers
 * @param idle     between two pieces of the body: a stalled transfer ends after this long
 */
public record DownloadTimeouts(Duration connect, Duration response, Duration idle) {

    /** 15 s to connect, 30 s to answer, 60 s of silence in the middle of a file. */
    public static DownloadTimeouts standard() {
        return new DownloadTimeouts(Duration.ofSeconds(15), Duration.ofSeconds(30), Duration.ofSeconds(60));
    }
}
