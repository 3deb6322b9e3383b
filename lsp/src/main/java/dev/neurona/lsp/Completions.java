package dev.neurona.lsp;

import dev.neurona.lang.check.DataSymbol;
import dev.neurona.lang.check.Vocabulary;
import dev.neurona.lang.check.facts.WellKnownData;
import dev.neurona.lang.check.words.Activations;
import dev.neurona.lang.check.words.Inits;
import dev.neurona.lang.check.words.Losses;
import dev.neurona.lang.check.words.Optimizers;
import dev.neurona.lang.check.words.Schedules;
import dev.neurona.lang.check.words.WordTable;
import dev.neurona.lang.complete.DataColumns;
import dev.neurona.lang.syntax.Lexemes.Kind;
import dev.neurona.lang.syntax.Lexemes.Lexeme;
import dev.neurona.lang.syntax.NnParser;
import dev.neurona.runtime.i18n.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * What may be written at a cursor, from the checker's own tables: statement keywords at the start
 * of a statement, a block's options or layers at the start of its lines, an activation and
 * {@code init=} after {@code dense 16}, an optimizer's parameters inside {@code adam(}, models
 * after {@code train}, data sets (and their parts) after {@code on}; a CSV data set's columns
 * (from {@link DataColumns}) after {@code target}, {@code features} and {@code ignore} in its block.
 */
final class Completions {

    /** The families whose words take parameters, for {@code word(}: in a model body, a train block, anywhere. */
    private static final List<WordTable<?>> MODEL_CALLS = List.of(Activations.TABLE, Inits.TABLE);

    private static final List<WordTable<?>> TRAIN_CALLS = List.of(Optimizers.TABLE, Losses.TABLE, Schedules.TABLE);

    private final Analysis analysis;
    private final Names names;
    private final int line;
    private final Messages messages;
    private final List<CompletionItem> items = new ArrayList<>();
    private final Set<String> labels = new LinkedHashSet<>();

    private Completions(Analysis analysis, int line, Messages messages) {
        this.analysis = analysis;
        this.names = new Names(analysis.script());
        this.line = line;
        this.messages = messages;
    }

    /**
     * @param line    the cursor's line, 1-based: only names defined above it are offered
     * @param baseDir where the script's relative paths start, for the files whose columns are offered
     * @param messages the language of the items' details
     */
    static List<CompletionItem> at(
            String text, int offset, int line, Analysis analysis, Path baseDir, TextIndex index, Messages messages) {
        Optional<DataColumns.Slot> slot = new DataColumns(text, baseDir).at(offset);
        if (slot.isPresent() && !slot.get().columns().isEmpty()) {
            return columns(slot.get(), index.range(slot.get().start(), offset));
        }
        CursorContext context = CursorContext.at(text, offset);
        Completions completions = new Completions(analysis, line, messages);
        if (!context.quiet()) {
            completions.offer(context);
        }
        return completions.items;
    }

    private void offer(CursorContext at) {
        if (at.endsWith(null, ".") && at.written().size() >= 2) {
            parts(at.written().get(at.written().size() - 2).text());
        } else if (at.callee() != null) {
            inCall(at);
        } else if (at.inList()) {
            return;
        } else if (at.blockOf() != null) {
            inBlock(at);
        } else {
            statement(at);
        }
    }

    private void statement(CursorContext at) {
        List<Lexeme> w = at.written();
        if (w.isEmpty()) {
            add(NnParser.statementKeywords(), CompletionItemKind.Keyword, messages.text("lsp.complete.statement"));
            return;
        }
        String keyword = w.get(0).text();
        int n = w.size();
        switch (keyword) {
            case "train", "evaluate", "predict", "report", "plot" -> {
                if (n == 1) {
                    models(false);
                } else if (n == 2) {
                    add(
                            List.of("on"),
                            CompletionItemKind.Keyword,
                            messages.text("lsp.complete.model_on_data", keyword));
                } else if (n == 3 && "on".equals(at.word(2))) {
                    data();
                } else if (n == 4 && !keyword.equals("train")) {
                    add(List.of("to"), CompletionItemKind.Keyword, messages.text("lsp.complete.write_to_file"));
                }
            }
            case "save", "export" -> {
                if (n == 1) {
                    models(false);
                } else if (n == 2) {
                    add(
                            List.of("to"),
                            CompletionItemKind.Keyword,
                            messages.text("lsp.complete.model_to_file", keyword));
                }
            }
            case "print" -> {
                if (n == 1) {
                    models(false);
                    data();
                }
            }
            case "load" -> {
                if (n == 2) {
                    add(List.of("from"), CompletionItemKind.Keyword, messages.text("lsp.complete.load_from_file"));
                }
            }
            case "data" -> {
                if (n == 3 && "=".equals(at.word(2))) {
                    add(
                            Vocabulary.dataSources(),
                            CompletionItemKind.Function,
                            messages.text("lsp.complete.data_source"));
                    for (String set : WellKnownData.SETS) {
                        add(
                                WellKnownData.PARTS.stream()
                                        .map(part -> set + "." + part)
                                        .toList(),
                                CompletionItemKind.Module,
                                messages.text("lsp.complete.well_known_data"));
                    }
                    data();
                }
            }
            case "model" -> {
                if (n == 3 && "=".equals(at.word(2))) {
                    models(true);
                }
            }
            case "sweep" -> {
                if (n == 3 && "=".equals(at.word(2))) {
                    models(true);
                } else if (n == 4) {
                    add(List.of("on"), CompletionItemKind.Keyword, messages.text("lsp.complete.sweep_on_data"));
                } else if (n == 5 && "on".equals(at.word(4))) {
                    data();
                }
            }
            default -> {}
        }
    }

    private void inBlock(CursorContext at) {
        List<Lexeme> w = at.written();
        String block = Objects.requireNonNull(at.blockOf(), "not in a block");
        if (w.isEmpty()) {
            switch (block) {
                case "model" ->
                    add(Vocabulary.layerKeywords(), CompletionItemKind.Keyword, messages.text("lsp.complete.layer"));
                case "train" ->
                    add(
                            Vocabulary.trainOptions(),
                            CompletionItemKind.Keyword,
                            messages.text("lsp.complete.train_option"));
                case "data" ->
                    add(
                            Vocabulary.dataOptions(),
                            CompletionItemKind.Keyword,
                            messages.text("lsp.complete.data_option"));
                case "sweep" ->
                    add(
                            Vocabulary.sweepOptions(),
                            CompletionItemKind.Keyword,
                            messages.text("lsp.complete.sweep_line"));
                default -> {}
            }
            return;
        }
        String entry = w.get(0).text();
        List<Lexeme> rest = w.subList(1, w.size());
        switch (block) {
            case "model" -> layerLine(entry, rest);
            case "train", "sweep" -> trainLine(entry, rest);
            case "data" -> {
                if (rest.isEmpty()) {
                    add(Vocabulary.dataOptionValues(entry), CompletionItemKind.EnumMember, entry);
                }
            }
            default -> {}
        }
    }

    /** {@code dense 16 |}: the activation once the values before it are written, then the options. */
    private void layerLine(String keyword, List<Lexeme> rest) {
        if (keyword.equals("input")) {
            if (rest.isEmpty()) {
                data();
            }
            return;
        }
        if (rest.size() >= 2 && rest.get(rest.size() - 1).is(Kind.SYMBOL, "=")) {
            add(
                    Vocabulary.layerOptionValues(rest.get(rest.size() - 2).text()),
                    CompletionItemKind.EnumMember,
                    rest.get(rest.size() - 2).text());
            return;
        }
        int values = Values.count(rest);
        OptionalInt slot = Vocabulary.activationSlot(keyword);
        if (slot.isPresent() && values < slot.getAsInt()) {
            return;
        }
        if (slot.isPresent() && values == slot.getAsInt()) {
            add(Activations.TABLE.words(), CompletionItemKind.EnumMember, messages.text("lsp.complete.activation"));
        }
        Set<String> given = Values.optionNames(rest);
        options(
                Vocabulary.layerOptions(keyword).stream()
                        .filter(o -> !given.contains(o))
                        .toList(),
                messages.text("lsp.complete.layer_option", keyword));
    }

    private void trainLine(String option, List<Lexeme> rest) {
        if (option.equals("validate")) {
            if (rest.isEmpty()) {
                add(List.of("on"), CompletionItemKind.Keyword, messages.text("lsp.complete.validate_on_data"));
            } else if (rest.size() == 1 && rest.get(0).text().equals("on")) {
                data();
            }
        } else if (option.equals("early_stop")) {
            if (rest.size() >= 2 && rest.get(rest.size() - 1).is(Kind.SYMBOL, "=")) {
                add(
                        Vocabulary.earlyStopValues(rest.get(rest.size() - 2).text()),
                        CompletionItemKind.EnumMember,
                        messages.text("lsp.complete.metric"));
            } else {
                Set<String> given = Values.optionNames(rest);
                options(
                        Vocabulary.earlyStopParameters().stream()
                                .filter(p -> !given.contains(p))
                                .toList(),
                        "early_stop");
            }
        } else if (rest.isEmpty()) {
            add(Vocabulary.trainOptionValues(option), CompletionItemKind.EnumMember, option);
        }
    }

    /** Inside {@code word(}: the word's parameters, as {@code lr=}; after {@code name=}, the words it takes. */
    private void inCall(CursorContext at) {
        String callee = at.callee();
        List<Lexeme> w = at.written();
        if ("early_stop".equals(callee)) {
            if (w.size() == 2 && w.get(1).is(Kind.SYMBOL, "=")) {
                add(
                        Vocabulary.earlyStopValues(w.get(0).text()),
                        CompletionItemKind.EnumMember,
                        messages.text("lsp.complete.metric"));
            } else if (w.isEmpty()) {
                options(Vocabulary.earlyStopParameters(), "early_stop");
            }
            return;
        }
        if (!w.isEmpty()) {
            return;
        }
        boolean header = at.blockOf() == null;
        if (header && "model".equals(at.entryName())) {
            names.definedBefore(line).stream()
                    .filter(d -> d.name().equals(callee) && d.isTemplate())
                    .reduce((a, b) -> b)
                    .ifPresent(template -> options(
                            template.parameters(), messages.text("lsp.complete.parameter_of", template.name())));
            return;
        }
        List<WordTable<?>> tables = "model".equals(at.blockOf())
                ? MODEL_CALLS
                : "train".equals(at.blockOf()) || "sweep".equals(at.blockOf()) ? TRAIN_CALLS : List.of();
        for (WordTable<?> table : tables) {
            if (callee != null && table.words().contains(callee)) {
                options(table.parameters(callee), messages.text("lsp.complete.parameter_of", callee));
                return;
            }
        }
    }

    private void models(boolean templatesOnly) {
        for (Names.Definition d : names.definedBefore(line)) {
            if (d.kind() == Names.Kind.MODEL && (!templatesOnly || d.isTemplate())) {
                add(
                        List.of(d.name()),
                        CompletionItemKind.Class,
                        d.isTemplate()
                                ? messages.text("lsp.complete.model_template")
                                : messages.text("lsp.complete.model"));
            }
        }
    }

    /** The data sets defined above, and the parts of split ones ({@code digits.train}). */
    private void data() {
        for (Names.Definition d : names.definedBefore(line)) {
            if (d.kind() == Names.Kind.DATA) {
                add(List.of(d.name()), CompletionItemKind.Variable, messages.text("lsp.complete.data_set"));
                for (String part : partsOf(d.name())) {
                    add(
                            List.of(d.name() + "." + part),
                            CompletionItemKind.Variable,
                            messages.text("lsp.complete.part_of", d.name()));
                }
            }
        }
    }

    private void parts(String dataName) {
        List<String> parts = WellKnownData.isSet(dataName) ? WellKnownData.PARTS : partsOf(dataName);
        add(parts, CompletionItemKind.Field, messages.text("lsp.complete.part_of", dataName));
    }

    private List<String> partsOf(String dataName) {
        return analysis.scope()
                .lookup(dataName)
                .filter(s -> s instanceof DataSymbol)
                .map(s -> ((DataSymbol) s).facts().parts())
                .orElse(List.of());
    }

    /**
     * A data set's columns in the header's order, each written as the language needs it
     * ({@code "sale price"} in quotes), replacing what is typed of it, quote included.
     */
    private static List<CompletionItem> columns(DataColumns.Slot slot, Range typed) {
        List<CompletionItem> items = new ArrayList<>();
        for (DataColumns.Column column : slot.columns()) {
            String insertion = slot.insertion(column);
            CompletionItem item = new CompletionItem(column.written());
            item.setKind(CompletionItemKind.Field);
            item.setDetail(slot.data());
            item.setSortText(String.format(Locale.ROOT, "%05d", items.size())); // the header's order
            item.setFilterText(insertion);
            item.setTextEdit(Either.forLeft(new TextEdit(typed, insertion)));
            items.add(item);
        }
        return items;
    }

    /** {@code name=} items. */
    private void options(List<String> options, String detail) {
        for (String option : options) {
            if (labels.add(option + "=")) {
                CompletionItem item = new CompletionItem(option + "=");
                item.setKind(CompletionItemKind.Property);
                item.setDetail(detail);
                item.setInsertText(option + "=");
                items.add(item);
            }
        }
    }

    private void add(Iterable<String> words, CompletionItemKind kind, String detail) {
        for (String word : words) {
            if (labels.add(word)) {
                CompletionItem item = new CompletionItem(word);
                item.setKind(kind);
                item.setDetail(detail);
                items.add(item);
            }
        }
    }
}
