package dev.neurona.lang.ast;

/**
 * One item on a block entry after its name: a value ({@code 64}, {@code relu}), a named value
 * ({@code init=he}) or a value after a preposition ({@code on digits.valid},
 * {@code in [32, 64]}).
 */
public sealed interface Arg extends Node permits PositionalArg, NamedArg, PrepositionArg {

    <R> R accept(ArgVisitor<R> visitor);
}
