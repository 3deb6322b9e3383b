package dev.neurona.lang.check;

import dev.neurona.runtime.nn.flatten.FlattenSpec;
import dev.neurona.runtime.nn.pool.GlobalAvgPoolSpec;
import dev.neurona.runtime.nn.pool.PoolSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every layer keyword a model body knows, in the order help and completion list them. */
public final class LayerLines {

    private static final Map<String, LayerLine> LINES = new LinkedHashMap<>();

    static {
        for (LayerLine line : List.of(
                new DenseLine(),
                new DropoutLine(),
                new ActivationLine(),
                new ConvLine(),
                new PoolLine(PoolSpec.Op.MAX),
                new PoolLine(PoolSpec.Op.AVG),
                new BareLine(GlobalAvgPoolSpec.KIND, GlobalAvgPoolSpec::new),
                new BareLine(FlattenSpec.KIND, FlattenSpec::new),
                new BatchNormLine())) {
            LINES.put(line.keyword(), line);
        }
    }

    /** {@code input} and every layer keyword. */
    public static final List<String> KEYWORDS;

    static {
        List<String> keywords = new ArrayList<>();
        keywords.add("input");
        keywords.addAll(LINES.keySet());
        KEYWORDS = Collections.unmodifiableList(keywords);
    }

    private LayerLines() {}

    static Optional<LayerLine> line(String keyword) {
        return Optional.ofNullable(LINES.get(keyword));
    }
}
