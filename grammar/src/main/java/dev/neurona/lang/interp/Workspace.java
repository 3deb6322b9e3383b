package dev.neurona.lang.interp;

import dev.neurona.lang.check.DataSymbol;
import dev.neurona.lang.check.ModelInfo;
import dev.neurona.lang.check.ModelSymbol;
import dev.neurona.lang.check.Scope;
import dev.neurona.lang.check.facts.DataFacts;
import dev.neurona.lang.check.facts.DataShape;
import dev.neurona.lang.plan.Template;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.data.DataException;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.data.PreparedData;
import dev.neurona.runtime.data.StreamedData;
import dev.neurona.runtime.data.StreamedDataset;
import dev.neurona.runtime.i18n.Text;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * The named data sets and models of a session, in one namespace, with the templates the models
 * were written as. It also tells the checker what is defined, so that later input is checked
 * against what really exists.
 */
final class Workspace {

    private record NamedModel(Model model, Optional<Template> template) {}

    private final Map<String, Object> named = new LinkedHashMap<>();

    void putData(String name, PreparedData data) {
        named.put(name, data);
    }

    void putStream(String name, StreamedData data) {
        named.put(name, data);
    }

    void putModel(String name, Model model, Optional<Template> template) {
        named.put(name, new NamedModel(model, template));
    }

    boolean isModel(String name) {
        return named.get(name) instanceof NamedModel;
    }

    Model model(String name) {
        if (named.get(name) instanceof NamedModel model) {
            return model.model();
        }
        throw new NoSuchElementException("no model is named '" + name + "'");
    }

    /** Whether {@code name} (or the data set of part {@code name}) is streamed. */
    boolean isStreamed(String name) {
        int dot = name.indexOf('.');
        return named.get(dot < 0 ? name : name.substring(0, dot)) instanceof StreamedData;
    }

    /** A streamed data set or one of its parts. */
    StreamedDataset stream(String name) {
        int dot = name.indexOf('.');
        String head = dot < 0 ? name : name.substring(0, dot);
        if (!(named.get(head) instanceof StreamedData data)) {
            throw new NoSuchElementException("no streamed data set is named '" + head + "'");
        }
        return dot < 0 ? data.all() : data.part(name.substring(dot + 1));
    }

    /** The streamed data set {@code name} with its parts. */
    StreamedData streamedData(String name) {
        if (named.get(name) instanceof StreamedData data) return data;
        throw new NoSuchElementException("no streamed data set is named '" + name + "'");
    }

    /** The schema of a data set or part, loaded or streamed. */
    dev.neurona.runtime.data.Schema schema(String name) {
        return isStreamed(name) ? stream(name).schema() : dataset(name).schema();
    }

    /**
     * A loaded data set or one of its parts: {@code digits} or {@code digits.train}.
     *
     * @throws DataException when it is streamed, which the statement asking cannot use
     */
    Dataset dataset(String name) {
        int dot = name.indexOf('.');
        String head = dot < 0 ? name : name.substring(0, dot);
        if (named.get(head) instanceof StreamedData) {
            throw new DataException(Text.of("data.streamed_needs_rows", name));
        }
        if (!(named.get(head) instanceof PreparedData data)) {
            throw new NoSuchElementException("no data set is named '" + head + "'");
        }
        if (dot < 0) {
            return data.all();
        }
        Dataset part = data.parts().get(name.substring(dot + 1));
        if (part == null) {
            throw new NoSuchElementException("data set '" + head + "' has no part '" + name.substring(dot + 1) + "'");
        }
        return part;
    }

    /** The data set {@code name} with its parts, for printing. */
    Optional<PreparedData> prepared(String name) {
        return named.get(name) instanceof PreparedData data ? Optional.of(data) : Optional.empty();
    }

    Set<String> names() {
        return named.keySet();
    }

    /** What is defined, as the checker sees it: every data set with its shape, every model with its interface. */
    Scope scope() {
        Scope scope = new Scope();
        named.forEach((name, value) -> {
            if (value instanceof PreparedData data) {
                DataFacts facts = new DataFacts(Optional.of(DataShape.of(data.all())), data.partNames());
                scope.add(new DataSymbol(name, 0, facts, false, true));
            } else if (value instanceof StreamedData data) {
                DataShape shape = DataShape.of(data.all().schema(), data.all().preprocessing());
                scope.add(new DataSymbol(
                        name, 0, new DataFacts(Optional.of(shape), data.partNames(), true), false, true));
            } else {
                NamedModel entry = (NamedModel) value;
                Model model = entry.model();
                Optional<DataShape> trainedOn = DataShape.ofTrained(model.schema(), model.preprocessing());
                scope.add(new ModelSymbol(
                        name,
                        0,
                        Optional.of(ModelInfo.of(model.spec())),
                        entry.template(),
                        Optional.of(model.spec()),
                        trainedOn.isPresent(),
                        trainedOn));
            }
        });
        return scope;
    }
}
