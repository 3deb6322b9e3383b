package dev.neurona.lang.ast;

/** The prefix operators, with the symbol each is written with. */
public enum UnaryOp {
    NEGATE("-");

    private final String symbol;

    UnaryOp(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
