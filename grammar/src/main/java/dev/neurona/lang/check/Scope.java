package dev.neurona.lang.check;

import dev.neurona.lang.ast.Identifier;
import dev.neurona.lang.ast.NameRef;
import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.lang.check.facts.WellKnownData;
import dev.neurona.lang.check.value.Problems;
import dev.neurona.lang.diag.Suggestions;
import dev.neurona.runtime.i18n.Text;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The names defined so far, as a check walks a script top to bottom, and their resolution.
 * Every name is reported at most once: a name that is unknown, used before its definition, or
 * defined by a statement that failed to parse is then silenced, so one mistake makes one error.
 */
public final class Scope {

    private final Map<String, Symbol> symbols = new LinkedHashMap<>();
    private final Map<String, TreeMap<Integer, String>> laterDefinitions = new HashMap<>();
    private final Set<String> silenced = new HashSet<>();
    private final Map<Path, ModelSymbol> modelFiles = new HashMap<>();
    private final Set<String> reportedMismatches = new HashSet<>();
    private final FilesRead filesRead = new FilesRead();

    /** Adds a name defined before the text being checked (an earlier REPL entry). */
    public void add(Symbol symbol) {
        symbols.put(symbol.name(), symbol);
    }

    /**
     * Notes that the text defines {@code name} on {@code line}, for "used before it is defined".
     *
     * @param kind what it defines: {@code data set} or {@code model}
     */
    void expectDefinition(String name, int line, String kind) {
        laterDefinitions.computeIfAbsent(name, n -> new TreeMap<>()).put(line, kind);
    }

    /** Keeps quiet about {@code name} from now on. */
    void silence(String name) {
        silenced.add(name);
    }

    public Optional<Symbol> lookup(String name) {
        return Optional.ofNullable(symbols.get(name));
    }

    /**
     * Defines (or redefines) a name. In a script, a redefinition is a warning.
     *
     * @param nameSpan where the new definition names it
     */
    void define(Symbol symbol, SourceSpan nameSpan, Problems problems, boolean warnOnRedefinition) {
        Symbol before = symbols.get(symbol.name());
        if (before != null && warnOnRedefinition) {
            problems.warning(
                    nameSpan,
                    before.line() > 0
                            ? Text.of("check.redefined_line", symbol.name(), String.valueOf(before.line()))
                            : Text.of("check.redefined", symbol.name()));
        }
        TreeMap<Integer, String> lines = laterDefinitions.get(symbol.name());
        if (lines != null) {
            lines.remove(symbol.line());
        }
        symbols.put(symbol.name(), symbol);
    }

    /** Replaces what is known about a name, such as a model that is now trained. */
    void update(Symbol symbol) {
        symbols.put(symbol.name(), symbol);
    }

    /** The model-and-data mismatches reported so far, so that each is reported once. */
    Set<String> reportedMismatches() {
        return reportedMismatches;
    }

    /** The data files read so far (and the script), which no statement may write over. */
    FilesRead filesRead() {
        return filesRead;
    }

    /** Notes that a statement writes a model file, so that a later {@code load} of it is fine. */
    void writesModelFile(Path file, ModelSymbol model) {
        modelFiles.put(file.toAbsolutePath().normalize(), model);
    }

    /** The model a statement checked earlier writes to {@code file}, if any. */
    Optional<ModelSymbol> modelWrittenTo(Path file) {
        return Optional.ofNullable(modelFiles.get(file.toAbsolutePath().normalize()));
    }

    /**
     * Resolves a model's name, reporting an unknown name (with the nearest model's), a data set
     * where a model belongs, or a use before the definition.
     */
    Optional<ModelSymbol> model(Identifier name, Problems problems) {
        Symbol symbol = symbols.get(name.name());
        if (symbol == null) {
            missing("model", name, modelNames(), problems);
            return Optional.empty();
        }
        if (symbol instanceof DataSymbol) {
            problems.error(name.span(), Text.of("check.data_not_model", name.name()));
            return Optional.empty();
        }
        return Optional.of((ModelSymbol) symbol);
    }

    /**
     * Resolves a data set or one of its parts ({@code digits.train}), reporting what is wrong:
     * an unknown name, a model where data belongs, an unknown part (with the nearest one).
     *
     * @return the reference with its shape when known; empty after an error or for a silenced name
     */
    Optional<DataRef> data(NameRef ref, Problems problems) {
        Identifier head = ref.head();
        Symbol symbol = symbols.get(head.name());
        if (symbol == null) {
            missing("data set", head, dataNames(), problems);
            return Optional.empty();
        }
        if (symbol instanceof ModelSymbol) {
            problems.error(head.span(), Text.of("check.model_not_data", head.name()));
            return Optional.empty();
        }
        DataSymbol data = (DataSymbol) symbol;
        if (!ref.isDotted() || !data.partsKnown()) {
            return Optional.of(new DataRef(
                    ref.text(), data.facts().shape(), ref.span(), data.facts().streamed()));
        }
        Identifier part = ref.parts().get(1);
        List<String> parts = data.facts().parts();
        if (ref.parts().size() > 2) {
            Identifier extra = ref.parts().get(2);
            problems.error(extra.span(), Text.of("check.one_dot", head.name() + "." + part.name(), extra.name()));
            return Optional.empty();
        }
        if (parts.isEmpty()) {
            problems.error(
                    part.span(), Text.of("check.not_split", head.name(), part.name()), Text.of("check.not_split.help"));
            return Optional.empty();
        }
        if (!parts.contains(part.name())) {
            noSuchPart(head.name(), part, parts, problems);
            return Optional.empty();
        }
        return Optional.of(new DataRef(
                ref.text(), data.facts().shape(), ref.span(), data.facts().streamed()));
    }

    /** Resolves a name that may be a model or a data set (for {@code print}). */
    Optional<Symbol> any(NameRef ref, Problems problems) {
        Symbol symbol = symbols.get(ref.head().name());
        if (symbol instanceof ModelSymbol model && !ref.isDotted()) {
            return Optional.of(model);
        }
        if (symbol == null) {
            List<String> all = new ArrayList<>(modelNames());
            all.addAll(dataNames());
            missing("name", ref.head(), all, problems);
            return Optional.empty();
        }
        return data(ref, problems).map(found -> symbol);
    }

    /** Reports {@code 'digits' has no part 'tets'; did you mean 'digits.test'?}. */
    static void noSuchPart(String head, Identifier part, List<String> parts, Problems problems) {
        Text message = Text.of("check.no_part", head, part.name());
        Optional<String> near = Suggestions.nearest(part.name(), parts);
        if (near.isPresent()) {
            problems.error(part.span(), Text.of("check.did_you_mean", message, head + "." + near.get()));
        } else {
            problems.error(
                    part.span(),
                    message,
                    Text.of(
                            "check.parts_are",
                            String.join(
                                    ", ",
                                    parts.stream().map(p -> head + "." + p).toList())));
        }
    }

    private void missing(String kind, Identifier name, List<String> candidates, Problems problems) {
        if (silenced.contains(name.name())) {
            return;
        }
        silenced.add(name.name());
        TreeMap<Integer, String> lines = laterDefinitions.get(name.name());
        Map.Entry<Integer, String> later =
                lines == null ? null : lines.higherEntry(name.span().line());
        if (later != null) {
            String line = String.valueOf(later.getKey());
            problems.error(
                    name.span(),
                    later.getValue().equals("model")
                            ? Text.of("check.model_used_before", name.name(), line)
                            : Text.of("check.data_used_before", name.name(), line));
        } else if (kind.equals("data set") && WellKnownData.isSet(name.name())) {
            problems.error(
                    name.span(),
                    Text.of("check.unknown.data_set", name.name()),
                    Text.of("check.well_known_first", name.name()));
        } else {
            Text unknown =
                    switch (kind) {
                        case "model" -> Text.of("check.unknown.model", name.name());
                        case "data set" -> Text.of("check.unknown.data_set", name.name());
                        default -> Text.of("check.unknown.name", name.name());
                    };
            problems.suggest(unknown, name.name(), name.span(), candidates, null);
        }
    }

    private List<String> modelNames() {
        return symbols.values().stream()
                .filter(s -> s instanceof ModelSymbol)
                .map(Symbol::name)
                .toList();
    }

    /** The data sets and their parts: {@code digits}, {@code digits.train}, ... */
    private List<String> dataNames() {
        List<String> names = new ArrayList<>();
        for (Symbol symbol : symbols.values()) {
            if (symbol instanceof DataSymbol data) {
                names.add(data.name());
                data.facts().parts().forEach(part -> names.add(data.name() + "." + part));
            }
        }
        return names;
    }
}
