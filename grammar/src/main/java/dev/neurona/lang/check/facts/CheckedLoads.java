package dev.neurona.lang.check.facts;

import dev.neurona.runtime.data.DataOptions;
import dev.neurona.runtime.data.Dataset;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The CSV files a check loaded to learn their shape ({@link SourceFacts#csv}), kept for the run
 * that follows it, so that a file is loaded once, not once to check and again to run. Each load is
 * taken at most once; one the run does not take goes with this object.
 */
public final class CheckedLoads {
    private record Key(Path file, DataOptions options) {}

    private final Map<Key, Dataset> loads = new HashMap<>();

    void keep(Path file, DataOptions options, Dataset data) {
        loads.put(key(file, options), data);
    }

    /**
     * The data set the check loaded from {@code file} with {@code options}, now no longer kept:
     * what {@code CsvLoader.load(file, options, seed)} gives for any seed, as
     * {@code DataPipeline.prepare} with those options and seed sees it.
     */
    public Optional<Dataset> take(Path file, DataOptions options) {
        return Optional.ofNullable(loads.remove(key(file, options)));
    }

    private static Key key(Path file, DataOptions options) {
        return new Key(file.toAbsolutePath().normalize(), options);
    }
}
