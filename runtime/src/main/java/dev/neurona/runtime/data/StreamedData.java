package dev.neurona.runtime.data;

import dev.neurona.runtime.i18n.Text;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A streamed data set ({@link CsvStream#open}) and the parts of its split, as
 * {@link PreparedData} is for a loaded one.
 *
 * @param all   every kept row, named like the data set
 * @param parts the split's parts by part name, in declared order, each named {@code data.part}
 */
public record StreamedData(StreamedDataset all, Map<String, StreamedDataset> parts) {

    public StreamedData {
        parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    }

    public List<String> partNames() {
        return List.copyOf(parts.keySet());
    }

    /** @throws DataException when there is no such part, naming the ones there are */
    public StreamedDataset part(String name) {
        StreamedDataset part = parts.get(name);
        if (part != null) {
            return part;
        }
        if (parts.isEmpty()) {
            throw new DataException(Text.of("data.not_split", all.name(), name));
        }
        throw new DataException(Text.of("data.no_such_part", all.name(), name, String.join(", ", parts.keySet())));
    }
}
