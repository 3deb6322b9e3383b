package dev.neurona.lang.check;

import dev.neurona.lang.check.value.Range;
import dev.neurona.runtime.i18n.Text;
import dev.neurona.runtime.nn.LayerSpec;
import dev.neurona.runtime.nn.dropout.DropoutSpec;
import java.util.Optional;

/** {@code dropout RATE}, on vectors and on maps alike. */
final class DropoutLine implements LayerLine {

    @Override
    public String keyword() {
        return DropoutSpec.KIND;
    }

    @Override
    public Optional<LayerSpec> read(EntryArgs args, LineContext at) {
        return args.one(Text.of("check.dropout.rate"), at.problems())
                .flatMap(value -> at.expect().number(value, Text.of("check.dropout.rate_after")))
                .flatMap(rate -> {
                    Text violation = Range.fraction().violation(rate.value(), "dropout", rate.describe());
                    if (violation != null) {
                        at.problems().error(rate.span(), Text.of("check.dropout.range", rate.describe()));
                        return Optional.empty();
                    }
                    return Optional.of(new DropoutSpec(rate.value()));
                });
    }
}
