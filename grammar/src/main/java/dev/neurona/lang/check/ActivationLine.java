package dev.neurona.lang.check;

import dev.neurona.lang.check.words.Activations;
import dev.neurona.runtime.i18n.Text;
import dev.neurona.runtime.nn.LayerSpec;
import dev.neurona.runtime.nn.activation.ActivationLayerSpec;
import java.util.Optional;

/** {@code activation ACTIVATION}: an activation as a layer of its own. */
final class ActivationLine implements LayerLine {

    @Override
    public int activationSlot() {
        return 0;
    }

    @Override
    public String keyword() {
        return ActivationLayerSpec.KIND;
    }

    @Override
    public Optional<LayerSpec> read(EntryArgs args, LineContext at) {
        return args.one(Text.of("check.activation.expected"), at.problems())
                .flatMap(value -> Activations.TABLE.read(value, at.expect()).map(activation -> {
                    at.softmaxOnlyLast(activation, value.span());
                    return new ActivationLayerSpec(activation);
                }));
    }
}
