package dev.neurona.lang.check.facts;

import java.util.List;
import java.util.Optional;

/**
 * What is known about a named data set before it is loaded.
 *
 * @param shape its features and task, or empty when they could not be learned cheaply (the file
 *              is too large to read ahead, or its rows are broken: running will say what is wrong)
 * @param parts the names of its split parts, in declared order; empty without a split
 * @param streamed whether it is read from its file batch by batch ({@code stream}) rather than loaded
 */
public record DataFacts(Optional<DataShape> shape, List<String> parts, boolean streamed) {

    public DataFacts {
        parts = List.copyOf(parts);
    }

    /** A loaded data set's facts. */
    public DataFacts(Optional<DataShape> shape, List<String> parts) {
        this(shape, parts, false);
    }
}
