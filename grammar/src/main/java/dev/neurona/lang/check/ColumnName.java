package dev.neurona.lang.check;

import dev.neurona.lang.ast.SourceSpan;

/** A CSV column named in a data block ({@code target price}), with where it is written. */
record ColumnName(String name, SourceSpan span) {}
