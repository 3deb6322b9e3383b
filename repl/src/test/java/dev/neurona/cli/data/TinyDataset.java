package dev.neurona.cli.data;

import dev.neurona.cli.data.DatasetCatalog.DataFile;
import dev.neurona.cli.data.DatasetCatalog.Dataset;

import java.net.URI;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** A made-up data set of a few small random files, with their true sums in its catalogue entry. */
final class TinyDataset {
    static final String NAME = "tiny";

    /** File name to content, in catalogue order. */
    final Map<String, byte[]> contents = new LinkedHashMap<>();

    TinyDataset(long seed, String... fileNames) {
        SplittableRandom random = new SplittableRandom(seed);
        for (String name : fileNames) {
            byte[] bytes = new byte[1000 + random.nextInt(200_000)];
            random.nextBytes(bytes);
            contents.put(name, bytes);
        }
    }

    /** The catalogue entry, fetched from the given mirrors. */
    Dataset dataset(URI... mirrors) {
        return dataset(NAME, mirrors);
    }

    /** The catalogue entry under another name (several data sets with the same files). */
    Dataset dataset(String name, URI... mirrors) {
        List<DataFile> files = new ArrayList<>();
        contents.forEach((fileName, bytes) -> files.add(new DataFile(fileName, sha256(bytes))));
        return new Dataset(name, "a tiny test data set", List.of(mirrors), files);
    }

    DatasetCatalog catalog(URI... mirrors) {
        return new DatasetCatalog(List.of(dataset(mirrors)));
    }

    /** Serves every file at {@code /tiny/<file>}. */
    void serveAll(FakeMirror mirror) {
        contents.forEach((name, bytes) -> mirror.serve(path(name), bytes));
    }

    static String path(String fileName) {
        return "/" + NAME + "/" + fileName;
    }

    static String sha256(byte[] bytes) {
        MessageDigest digest = Sha256.newDigest();
        return HexFormat.of().formatHex(digest.digest(bytes));
    }
}
