package dev.neurona.lang.ast;

/** A piece of a parsed script that knows where it was written. */
public interface Node {

    SourceSpan span();
}
