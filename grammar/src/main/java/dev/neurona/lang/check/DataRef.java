package dev.neurona.lang.check;

import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.lang.check.facts.DataShape;
import java.util.Optional;

/**
 * A resolved use of a data set or one of its parts, such as {@code digits.train}.
 *
 * @param name  the name as written, parts joined by dots
 * @param shape its shape, when known ahead of running
 * @param span  where it is written
 * @param streamed whether the data set is read batch by batch ({@code stream})
 */
public record DataRef(String name, Optional<DataShape> shape, SourceSpan span, boolean streamed) {

    /** A use of a loaded data set. */
    public DataRef(String name, Optional<DataShape> shape, SourceSpan span) {
        this(name, shape, span, false);
    }
}
