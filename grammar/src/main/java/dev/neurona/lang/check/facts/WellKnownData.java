package dev.neurona.lang.check.facts;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The well-known data sets read from the data folder: {@code mnist.train}, {@code mnist.test},
 * {@code fashion_mnist.train}, {@code fashion_mnist.test}, laid out as
 * {@code DIR/mnist/train-images-idx3-ubyte.gz} and so on (the names of the original downloads).
 */
public final class WellKnownData {

    /** The sets, by the name written before the dot. */
    public static final List<String> SETS = List.of("mnist", "fashion_mnist");

    /** The parts of every set. */
    public static final List<String> PARTS = List.of("train", "test");

    private WellKnownData() {}

    /** One part of a well-known set and its two IDX files. */
    public record Files(String set, String part, Path images, Path labels) {
        /** How a script names it: {@code mnist.train}. */
        public String name() {
            return set + "." + part;
        }
    }

    public static boolean isSet(String name) {
        return SETS.contains(name);
    }

    /** The files of {@code set.part} in {@code dataDir}, if both words are known. */
    public static Optional<Files> files(String set, String part, Path dataDir) {
        if (!isSet(set) || !PARTS.contains(part)) {
            return Optional.empty();
        }
        String prefix = part.equals("train") ? "train" : "t10k";
        Path dir = dataDir.resolve(set);
        return Optional.of(new Files(
                set,
                part,
                dir.resolve(prefix + "-images-idx3-ubyte.gz"),
                dir.resolve(prefix + "-labels-idx1-ubyte.gz")));
    }
}
