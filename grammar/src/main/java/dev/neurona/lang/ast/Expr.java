package dev.neurona.lang.ast;

/**
 * A value as written: a literal, a list, a name, a call, or arithmetic on numbers.
 * Nothing is evaluated at parse time; {@code 1/255} stays a {@link Binary}.
 */
public sealed interface Expr extends Node
        permits NumberLit, SizeLit, StringLit, BoolLit, ListLit, NameRef, Call, Binary, Unary {

    <R> R accept(ExprVisitor<R> visitor);
}
