package dev.neurona.lang.plan;

import dev.neurona.lang.ast.SourceSpan;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code plot MODEL [curves | weights | filters] [to "file.png"]} and
 * {@code plot MODEL maps on DATA [row N] [to "file.png"]}.
 *
 * @param data the data set whose row is drawn ({@code maps} only)
 * @param row  the row drawn, counted from 0 ({@code maps} only)
 * @param file the PNG to write; empty to draw in the terminal
 */
public record PlotPlan(String model, Kind kind, Optional<String> data, int row, Optional<Path> file, SourceSpan where)
        implements Plan {

    /** A plot of the model alone. */
    public PlotPlan(String model, Kind kind, Optional<Path> file, SourceSpan where) {
        this(model, kind, Optional.empty(), 0, file, where);
    }

    /** What is drawn. */
    public enum Kind {
        /** Loss and accuracy per epoch, training against validation. */
        CURVES("curves"),
        /** The first layer's weights as images. */
        WEIGHTS("weights"),
        /** The first convolution's kernels. */
        FILTERS("filters"),
        /** One input and the feature maps of every convolution and pool for it, with the prediction. */
        MAPS("maps");

        private final String keyword;

        Kind(String keyword) {
            this.keyword = keyword;
        }

        public String keyword() {
            return keyword;
        }
    }

    @Override
    public <R> R accept(PlanVisitor<R> visitor) {
        return visitor.visitPlot(this);
    }
}
