package dev.neurona.lang.check;

import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.lang.check.value.Value;
import dev.neurona.lang.check.words.Activations;
import dev.neurona.lang.check.words.Inits;
import dev.neurona.lang.check.words.Paddings;
import dev.neurona.runtime.i18n.Text;
import dev.neurona.runtime.nn.LayerSpec;
import dev.neurona.runtime.nn.conv.ConvSpec;
import dev.neurona.runtime.nn.conv.Padding;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.InitSpec;
import java.util.List;
import java.util.Optional;

/** {@code conv FILTERS KxK [ACTIVATION] [stride=S] [padding=valid|same] [init=NAME]}. */
final class ConvLine implements LayerLine {

    private static final List<String> OPTIONS = List.of("stride", "padding", "init");

    @Override
    public List<String> options() {
        return OPTIONS;
    }

    @Override
    public int activationSlot() {
        return 2;
    }

    @Override
    public String keyword() {
        return ConvSpec.KIND;
    }

    @Override
    public Optional<LayerSpec> read(EntryArgs args, LineContext at) {
        List<Value> values = args.positional();
        args.rejectIntroduced(at.problems());
        if (values.isEmpty()) {
            at.problems().error(args.afterName(), Text.of("check.conv.expected"));
            return Optional.empty();
        }
        if (values.size() < 2) {
            at.problems()
                    .error(
                            SourceSpan.point(
                                    values.get(0).span().endLine(),
                                    values.get(0).span().endColumn()),
                            Text.of("check.conv.expected_window"));
            return Optional.empty();
        }
        if (values.size() > 3) {
            at.problems().error(values.get(3).span(), Text.of("check.conv.too_many"));
        }
        Optional<Integer> filters = at.positiveCount(
                values.get(0),
                Text.of("check.conv.filters"),
                Text.of("check.conv.filters_subject"),
                got -> Text.of("check.conv.at_least_one", got));
        Optional<Integer> kernel = WindowOptions.window(values.get(1), "conv", at);
        Optional<ActivationSpec> activation = Optional.of(ActivationSpec.LINEAR);
        if (values.size() > 2) {
            activation = Activations.TABLE.read(values.get(2), at.expect());
            activation.ifPresent(a -> at.softmaxOnlyLast(a, values.get(2).span()));
        }
        Optional<Integer> stride = WindowOptions.stride(args, 1, at);
        Optional<Padding> padding = Optional.of(Padding.VALID);
        Optional<InitSpec> init = Optional.of(InitSpec.AUTO);
        for (Value.Named named : args.named()) {
            switch (named.name().name()) {
                case "padding" -> padding = Paddings.TABLE.read(named.value(), at.expect());
                case "init" -> init = Inits.TABLE.read(named.value(), at.expect());
                default -> {}
            }
        }
        at.rejectUnknownOptions(args, options());
        if (filters.isEmpty()
                || kernel.isEmpty()
                || activation.isEmpty()
                || stride.isEmpty()
                || padding.isEmpty()
                || init.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new ConvSpec(filters.get(), kernel.get(), stride.get(), padding.get(), activation.get(), init.get()));
    }
}
