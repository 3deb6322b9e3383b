package dev.neurona.lang.check;

import dev.neurona.runtime.i18n.Text;
import dev.neurona.runtime.nn.LayerSpec;
import java.util.Optional;
import java.util.function.Supplier;

/** A layer written as its keyword alone: {@code flatten}, {@code global_avgpool}. */
final class BareLine implements LayerLine {

    private final String keyword;
    private final Supplier<LayerSpec> make;

    BareLine(String keyword, Supplier<LayerSpec> make) {
        this.keyword = keyword;
        this.make = make;
    }

    @Override
    public String keyword() {
        return keyword;
    }

    @Override
    public Optional<LayerSpec> read(EntryArgs args, LineContext at) {
        if (!args.isBare()) {
            args.rejectPositional(0, at.problems());
            for (var named : args.named()) {
                at.problems().error(named.name().span(), Text.of("check.takes_no_options_quoted", keyword));
            }
            args.rejectIntroduced(at.problems());
            return Optional.empty();
        }
        return Optional.of(make.get());
    }
}
