package dev.neurona.lang.check;

import dev.neurona.lang.check.value.Value;
import dev.neurona.runtime.i18n.Text;
import dev.neurona.runtime.nn.LayerSpec;
import dev.neurona.runtime.nn.pool.PoolSpec;
import java.util.List;
import java.util.Optional;

/** {@code maxpool KxK [stride=S]} and {@code avgpool KxK [stride=S]}; the stride defaults to the window. */
final class PoolLine implements LayerLine {

    private final PoolSpec.Op op;

    PoolLine(PoolSpec.Op op) {
        this.op = op;
    }

    @Override
    public List<String> options() {
        return List.of("stride");
    }

    @Override
    public String keyword() {
        return op.kind();
    }

    @Override
    public Optional<LayerSpec> read(EntryArgs args, LineContext at) {
        List<Value> values = args.positional();
        args.rejectIntroduced(at.problems());
        if (values.isEmpty()) {
            at.problems().error(args.afterName(), Text.of("check.pool.expected", keyword()));
            return Optional.empty();
        }
        args.rejectPositional(1, at.problems());
        Optional<Integer> window = WindowOptions.window(values.get(0), keyword(), at);
        Optional<Integer> stride = window.flatMap(k -> WindowOptions.stride(args, k, at));
        at.rejectUnknownOptions(args, options());
        if (window.isEmpty() || stride.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PoolSpec(op, window.get(), stride.get()));
    }
}
