package dev.neurona.cli.data;

import dev.neurona.cli.data.DatasetCatalog.DataFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether one file of a data set is on disk with the right content.
 *
 * @param file  the catalogue's entry
 * @param path  where it belongs
 * @param state what is there
 * @param size  its size in bytes, 0 when missing
 */
public record FileStatus(DataFile file, Path path, State state, long size) {

    /** What is on disk at a data file's place. */
    public enum State {
        /** present with the catalogue's SHA-256 */
        OK,
        /** present, compressed differently, with the catalogue's content once decompressed */
        SAME_CONTENT,
        /** not there */
        MISSING,
        /** there, but its SHA-256 differs (damaged, truncated or another file) */
        WRONG_SUM
    }

    /**
     * Looks at {@code folder/file.name()}, reading it whole to compare its sum, and when that
     * differs, decompressing it to compare its content's sum.
     */
    public static FileStatus inspect(DataFile file, Path folder) throws IOException {
        Path path = folder.resolve(file.name());
        if (!Files.isRegularFile(path)) {
            return new FileStatus(file, path, State.MISSING, 0);
        }
        long size = Files.size(path);
        if (Sha256.of(path).equals(file.sha256())) {
            return new FileStatus(file, path, State.OK, size);
        }
        if (file.contentSha256() != null && file.contentSha256().equals(Sha256.ofGunzipped(path))) {
            return new FileStatus(file, path, State.SAME_CONTENT, size);
        }
        return new FileStatus(file, path, State.WRONG_SUM, size);
    }

    /** Whether the file holds the right data (exactly, or compressed differently). */
    public boolean isRight() {
        return state == State.OK || state == State.SAME_CONTENT;
    }
}
