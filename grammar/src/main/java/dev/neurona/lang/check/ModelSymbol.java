package dev.neurona.lang.check;

import dev.neurona.lang.check.facts.DataShape;
import dev.neurona.lang.plan.Template;
import dev.neurona.runtime.spec.ModelSpec;
import java.util.Optional;

/**
 * A model defined by {@code model}, {@code load} or an earlier input.
 *
 * @param info      its interface; empty when its definition had errors (uses of it stay quiet)
 * @param template  the block it was written as, for {@code model b = NAME(...)}; empty for a loaded model
 * @param spec      its architecture when already built (a loaded or earlier model)
 * @param trained   whether it has been trained (or loaded), so that it knows its preprocessing
 * @param trainedOn the data it was last trained on, when known: its raw columns and classes
 */
public record ModelSymbol(
        String name,
        int line,
        Optional<ModelInfo> info,
        Optional<Template> template,
        Optional<ModelSpec> spec,
        boolean trained,
        Optional<DataShape> trainedOn)
        implements Symbol {

    /** A model whose definition failed: known by name, silent in every check. */
    public static ModelSymbol broken(String name, int line) {
        return new ModelSymbol(
                name, line, Optional.empty(), Optional.empty(), Optional.empty(), true, Optional.empty());
    }

    public ModelSymbol trainedOn(Optional<DataShape> data) {
        return new ModelSymbol(name, line, info, template, spec, true, data);
    }

    /** Whether checks may rely on {@link #info}. */
    public boolean isKnown() {
        return info.isPresent();
    }

    @Override
    public String kind() {
        return "model";
    }
}
