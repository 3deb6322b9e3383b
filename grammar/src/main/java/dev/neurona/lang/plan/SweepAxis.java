package dev.neurona.lang.plan;

import java.util.List;

/**
 * One {@code vary NAME in [VALUES]} line of a sweep, as the table shows it.
 *
 * @param name   what varies: a template parameter, {@code lr}, or a train option such as {@code batch}
 * @param labels each value as written, such as {@code 0.001} or {@code sgd(lr=0.1)}
 */
public record SweepAxis(String name, Kind kind, List<String> labels) {

    /** What a {@code vary} line changes. */
    public enum Kind {
        /** A parameter of the sweep's template: each value makes other layers. */
        PARAMETER,
        /** The optimizer's learning rate. */
        LEARNING_RATE,
        /** A train option, such as {@code batch} or {@code optimizer}. */
        OPTION
    }

    public SweepAxis {
        labels = List.copyOf(labels);
    }
}
