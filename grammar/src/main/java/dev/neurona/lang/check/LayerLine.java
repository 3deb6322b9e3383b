package dev.neurona.lang.check;

import dev.neurona.runtime.nn.LayerSpec;
import java.util.List;
import java.util.Optional;

/**
 * How one layer keyword of a model body is read: {@code dense 64 relu}, {@code conv 16 3x3 relu
 * padding=same}. A line checks its own values and options; the shapes between layers are checked
 * afterwards, for the whole body, by {@link LayerShapes}.
 */
interface LayerLine {

    /** The keyword that starts the line: {@code conv}. */
    String keyword();

    /** The {@code name=value} options the line takes, such as {@code stride} and {@code padding}. */
    default List<String> options() {
        return List.of();
    }

    /** Which plain value of the line is its activation ({@code 1} for {@code dense 64 relu}); -1 when it takes none. */
    default int activationSlot() {
        return -1;
    }

    /**
     * @return the layer, or empty after reporting at the offending value what is wrong with it
     */
    Optional<LayerSpec> read(EntryArgs args, LineContext at);
}
