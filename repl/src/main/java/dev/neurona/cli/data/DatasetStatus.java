package dev.neurona.cli.data;

import dev.neurona.cli.data.DatasetCatalog.DataFile;
import dev.neurona.cli.data.DatasetCatalog.Dataset;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How much of a data set is in a data folder.
 *
 * @param dataset the catalogue's entry
 * @param folder  where it belongs
 * @param files   the status of each of its files, in catalogue order
 */
public record DatasetStatus(Dataset dataset, Path folder, List<FileStatus> files) {

    /** Every file right, some, or none. */
    public enum Completeness {
        COMPLETE,
        PARTIAL,
        MISSING
    }

    public DatasetStatus {
        files = List.copyOf(files);
    }

    /** Looks at every file of the data set in {@code dataDir}. */
    public static DatasetStatus inspect(Dataset dataset, Path dataDir) throws IOException {
        Path folder = dataset.folder(dataDir);
        List<FileStatus> files = new ArrayList<>();
        for (DataFile file : dataset.files()) {
            files.add(FileStatus.inspect(file, folder));
        }
        return new DatasetStatus(dataset, folder, files);
    }

    public Completeness completeness() {
        if (rightFiles() == files.size()) {
            return Completeness.COMPLETE;
        }
        boolean none = files.stream().allMatch(file -> file.state() == FileStatus.State.MISSING);
        return none ? Completeness.MISSING : Completeness.PARTIAL;
    }

    /** The number of files that hold the right data. */
    public long rightFiles() {
        return files.stream().filter(FileStatus::isRight).count();
    }

    /** The bytes on disk, wrong files included. */
    public long totalSize() {
        return files.stream().mapToLong(FileStatus::size).sum();
    }
}
