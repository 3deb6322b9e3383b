package dev.neurona.lang.plan;

import dev.neurona.lang.ast.SourceSpan;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code plot MODEL [curves | weights] [to "file.png"]}.
 *
 * @param file the PNG to write; empty to draw in the terminal
 */
public record PlotPlan(String model, Kind kind, Optional<Path> file, SourceSpan where) implements Plan {

    /** What is drawn. */
    public enum Kind {
        /** Loss and accuracy per epoch, training against validation. */
        CURVES("curves"),
        /** The first layer's weights as images. */
        WEIGHTS("weights");

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
