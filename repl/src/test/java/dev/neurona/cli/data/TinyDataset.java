package dev.neurona.cli.data;

import dev.neurona.cli.data.DatasetCatalog.DataFile;
import dev.neurona.cli.data.DatasetCatalog.Dataset;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/** A made-up data set of a few small random files, with their true sums in its catalogue entry. */
final class TinyDataset {
    static final String NAME = "tiny";

    /** File name to content as served, in catalogue order. */
    final Map<String, byte[]> contents = new LinkedHashMap<>();
    /** File name to the SHA-256 of its decompressed content, for gzip files. */
    private final Map<String, String> contentSums = new HashMap<>();

    /** Files of random bytes. */
    TinyDataset(long seed, String... fileNames) {
        SplittableRandom random = new SplittableRandom(seed);
        for (String name : fileNames) {
            contents.put(name, randomBytes(random));
        }
    }

    /** Files that are gzip-compressed random bytes, with their content sums in the catalogue. */
    static TinyDataset gzipped(long seed, String... fileNames) {
        TinyDataset dataset = new TinyDataset(seed);
        SplittableRandom random = new SplittableRandom(seed);
        for (String name : fileNames) {
            byte[] content = randomBytes(random);
            dataset.contents.put(name, gzip(content));
            dataset.contentSums.put(name, sha256(content));
        }
        return dataset;
    }

    /** The same gzip file with another modification time in its header: other bytes, same content. */
    static byte[] recompressed(byte[] gzip) {
        byte[] other = gzip.clone();
        other[4] ^= 0x5a; // MTIME, bytes 4..7 of the header (RFC 1952)
        return other;
    }

    /** The catalogue entry, fetched from the given mirrors. */
    Dataset dataset(URI... mirrors) {
        return dataset(NAME, mirrors);
    }

    /** The catalogue entry under another name (several data sets with the same files). */
    Dataset dataset(String name, URI... mirrors) {
        List<DataFile> files = new ArrayList<>();
        contents.forEach(
                (fileName, bytes) -> files.add(new DataFile(fileName, sha256(bytes), contentSums.get(fileName))));
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

    private static byte[] randomBytes(SplittableRandom random) {
        byte[] bytes = new byte[1000 + random.nextInt(200_000)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] gzip(byte[] content) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
            out.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compressed.toByteArray();
    }

    static String sha256(byte[] bytes) {
        MessageDigest digest = Sha256.newDigest();
        return HexFormat.of().formatHex(digest.digest(bytes));
    }
}
