package dev.neurona.lang.check;

/** A name a script has defined: a data set or a model (they share one namespace). */
public sealed interface Symbol permits DataSymbol, ModelSymbol {

    String name();

    /** The line of the definition in the text being checked; 0 for one made by an earlier input. */
    int line();

    /** "data set" or "model", for messages. */
    String kind();
}
