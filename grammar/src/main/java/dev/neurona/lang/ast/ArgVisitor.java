package dev.neurona.lang.ast;

/** One method per kind of {@link Arg}; see {@link Arg#accept(ArgVisitor)}. */
public interface ArgVisitor<R> {

    R visitPositional(PositionalArg arg);

    R visitNamed(NamedArg arg);

    R visitPreposition(PrepositionArg arg);
}
