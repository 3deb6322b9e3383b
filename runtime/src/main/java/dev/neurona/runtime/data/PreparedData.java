package dev.neurona.runtime.data;

import dev.neurona.runtime.i18n.Text;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A data set ready to train on: all its rows, and the parts of its split (none without one).
 * Every part shares the whole data set's preprocessing.
 *
 * @param all   every row kept (after shuffle and limit), named like the data set
 * @param parts the split's parts by part name ({@code "train"}), in declared order; each part is
 *              named {@code data.part} ({@code "digits.train"})
 */
public record PreparedData(Dataset all, Map<String, Dataset> parts) {

    public PreparedData {
        parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    }

    /** The part names in declared order. */
    public List<String> partNames() {
        return List.copyOf(parts.keySet());
    }

    /**
     * One part by name.
     *
     * @throws DataException when there is no such part, naming the ones there are
     */
    public Dataset part(String name) {
        Dataset part = parts.get(name);
        if (part != null) {
            return part;
        }
        if (parts.isEmpty()) {
            throw new DataException(Text.of("data.not_split", all.name(), name));
        }
        throw new DataException(Text.of("data.no_such_part", all.name(), name, String.join(", ", parts.keySet())));
    }
}
