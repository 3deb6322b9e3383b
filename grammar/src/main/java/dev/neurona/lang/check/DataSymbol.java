package dev.neurona.lang.check;

import dev.neurona.lang.check.facts.DataFacts;

/**
 * A data set defined by {@code data NAME = ...}, with what is known of it ahead of running.
 *
 * @param broken its definition had errors: uses of it, and of any part, stay quiet
 */
public record DataSymbol(String name, int line, DataFacts facts, boolean broken) implements Symbol {
    @Override
    public String kind() {
        return "data set";
    }
}
