package dev.neurona.lsp;

import dev.neurona.lang.ast.Block;
import dev.neurona.lang.ast.DataStmt;
import dev.neurona.lang.ast.Entry;
import dev.neurona.lang.ast.ModelStmt;
import dev.neurona.lang.ast.Statement;
import dev.neurona.lang.ast.SweepStmt;
import dev.neurona.lang.ast.TrainStmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.SymbolKind;

/**
 * The outline of a script: its data sets and models (with their layers and options), and its
 * train statements; the statements that did not parse are left out, as the check leaves them.
 */
final class Outline {

    private Outline() {}

    static List<DocumentSymbol> of(Analysis analysis, TextIndex index) {
        Names names = new Names(analysis.script());
        List<DocumentSymbol> symbols = new ArrayList<>();
        for (Names.Definition d : names.definitions()) {
            SymbolKind kind = d.kind() == Names.Kind.DATA ? SymbolKind.Variable : SymbolKind.Class;
            DocumentSymbol symbol = new DocumentSymbol(
                    d.name(),
                    kind,
                    index.range(d.statement().span()),
                    index.range(d.nameSpan()),
                    d.kind() == Names.Kind.DATA ? "data" : "model");
            block(d.statement()).ifPresent(block -> symbol.setChildren(entries(block, index)));
            symbols.add(symbol);
        }
        for (Statement statement : analysis.script().statements()) {
            if (statement instanceof TrainStmt train) {
                DocumentSymbol symbol = new DocumentSymbol(
                        "train " + train.model().name() + " on " + train.data().text(),
                        SymbolKind.Event,
                        index.range(train.span()),
                        index.range(train.model().span()));
                train.options().ifPresent(block -> symbol.setChildren(entries(block, index)));
                symbols.add(symbol);
            }
        }
        symbols.sort((a, b) -> Integer.compare(
                a.getRange().getStart().getLine(), b.getRange().getStart().getLine()));
        return symbols;
    }

    private static Optional<Block> block(Statement statement) {
        if (statement instanceof ModelStmt model) {
            return Optional.of(model.layers());
        } else if (statement instanceof DataStmt data) {
            return data.options();
        } else if (statement instanceof SweepStmt sweep) {
            return Optional.of(sweep.options());
        }
        return Optional.empty();
    }

    private static List<DocumentSymbol> entries(Block block, TextIndex index) {
        List<DocumentSymbol> children = new ArrayList<>();
        for (Entry entry : block.entries()) {
            String text = index.text()
                    .substring(index.start(entry.span()), index.end(entry.span()))
                    .strip();
            children.add(new DocumentSymbol(
                    text,
                    SymbolKind.Field,
                    index.range(entry.span()),
                    index.range(entry.name().span())));
        }
        return children;
    }
}
