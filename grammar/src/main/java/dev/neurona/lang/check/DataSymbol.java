package dev.neurona.lang.check;

import dev.neurona.lang.check.facts.DataFacts;

/**
 * A data set defined by {@code data NAME = ...}, with what is known of it ahead of running.
 *
 * @param broken     its definition had errors: uses of it stay quiet
 * @param partsKnown whether its parts are known even so (its split, if any, was fine), so that a
 *                   misspelt part is still reported
 */
public record DataSymbol(String name, int line, DataFacts facts, boolean broken, boolean partsKnown) implements Symbol {
    @Override
    public String kind() {
        return "data set";
    }
}
