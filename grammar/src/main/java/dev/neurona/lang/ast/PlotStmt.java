package dev.neurona.lang.ast;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code plot MODEL [curves | weights | filters] [to "file.png"]} and
 * {@code plot MODEL maps on DATA [row N] [to "file.png"]}.
 *
 * @param kind    the word after the model's name, if any; the checker knows which words exist
 * @param data    the data set after {@code on}, if any
 * @param setting the word and value after the data set ({@code row 3}), if any
 */
public record PlotStmt(
        SourceSpan span,
        Identifier model,
        Optional<Identifier> kind,
        Optional<NameRef> data,
        Optional<Setting> setting,
        Optional<StringLit> output)
        implements Statement {

    /** A word and its value, such as {@code row 3}. */
    public record Setting(Identifier name, Expr value) {
        public Setting {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    public PlotStmt {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(output, "output");
    }

    /** A plot of the model alone: {@code plot MODEL [KIND] [to "file.png"]}. */
    public PlotStmt(SourceSpan span, Identifier model, Optional<Identifier> kind, Optional<StringLit> output) {
        this(span, model, kind, Optional.empty(), Optional.empty(), output);
    }

    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visitPlot(this);
    }
}
