package dev.neurona.lang.check;

import dev.neurona.lang.check.value.Value;
import dev.neurona.lang.check.words.Activations;
import dev.neurona.lang.check.words.Inits;
import dev.neurona.runtime.i18n.Text;
import dev.neurona.runtime.nn.LayerSpec;
import dev.neurona.runtime.nn.dense.DenseSpec;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.InitSpec;
import java.util.List;
import java.util.Optional;

/** {@code dense UNITS [ACTIVATION] [init=NAME]}; after maps it flattens them first. */
final class DenseLine implements LayerLine {

    @Override
    public List<String> options() {
        return List.of("init");
    }

    @Override
    public int activationSlot() {
        return 1;
    }

    @Override
    public String keyword() {
        return DenseSpec.KIND;
    }

    @Override
    public Optional<LayerSpec> read(EntryArgs args, LineContext at) {
        List<Value> values = args.positional();
        args.rejectIntroduced(at.problems());
        if (values.isEmpty()) {
            at.problems()
                    .error(args.afterName(), Text.of("check.expected_after", Text.of("check.dense.units"), "dense"));
            return Optional.empty();
        }
        if (values.size() > 2) {
            at.problems().error(values.get(2).span(), Text.of("check.dense.too_many"));
        }
        Optional<Integer> units = at.positiveCount(
                values.get(0),
                Text.of("check.dense.units_after"),
                Text.of("check.dense.units_subject"),
                got -> Text.of("check.dense.at_least_one", got));
        Optional<ActivationSpec> activation = Optional.of(ActivationSpec.LINEAR);
        if (values.size() > 1) {
            activation = Activations.TABLE.read(values.get(1), at.expect());
            activation.ifPresent(a -> at.softmaxOnlyLast(a, values.get(1).span()));
        }
        Optional<InitSpec> init = Optional.of(InitSpec.AUTO);
        for (Value.Named named : args.named()) {
            if (named.name().name().equals("init")) {
                init = Inits.TABLE.read(named.value(), at.expect());
            }
        }
        at.rejectUnknownOptions(args, options());
        if (units.isPresent() && activation.isPresent() && init.isPresent()) {
            return Optional.of(new DenseSpec(units.get(), activation.get(), init.get()));
        }
        return Optional.empty();
    }
}
