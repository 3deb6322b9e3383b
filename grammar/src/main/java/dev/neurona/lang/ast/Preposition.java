package dev.neurona.lang.ast;

/** The reserved words that introduce a value on a block entry. */
public enum Preposition {
    ON("on"),
    IN("in"),
    TO("to"),
    FROM("from");

    private final String word;

    Preposition(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
