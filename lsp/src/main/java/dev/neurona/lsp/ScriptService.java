package dev.neurona.lsp;

import dev.neurona.lang.syntax.Lexemes;
import dev.neurona.lang.syntax.Lexemes.Kind;
import dev.neurona.lang.syntax.Lexemes.Lexeme;
import dev.neurona.runtime.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.jspecify.annotations.Nullable;

/**
 * The text-document half of the protocol: keeps the open scripts up to date, has them checked
 * in the background, and answers completion, hover, definition, references, outline and
 * formatting requests on a thread of its own, never the one reading the protocol.
 */
final class ScriptService implements TextDocumentService {

    private final Analyses analyses;
    private final DiagnosticsPublisher diagnostics;
    private final ExecutorService requests;
    private final Supplier<Messages> messages;

    /** @param messages the language hovers and completion details are written in, asked at each request */
    ScriptService(
            Analyses analyses,
            DiagnosticsPublisher diagnostics,
            ExecutorService requests,
            Supplier<Messages> messages) {
        this.analyses = analyses;
        this.diagnostics = diagnostics;
        this.requests = requests;
        this.messages = messages;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        var item = params.getTextDocument();
        OpenDocument document = new OpenDocument(item.getUri(), item.getVersion(), item.getText());
        analyses.open(document);
        diagnostics.changed(document);
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        OpenDocument before = analyses.document(uri);
        if (before == null) {
            return;
        }
        String text = before.text();
        for (TextDocumentContentChangeEvent change : params.getContentChanges()) {
            if (change.getRange() == null) {
                text = change.getText();
            } else {
                TextIndex index = new TextIndex(text);
                int start = index.offset(change.getRange().getStart());
                int end = Math.max(start, index.offset(change.getRange().getEnd()));
                text = text.substring(0, start) + change.getText() + text.substring(end);
            }
        }
        Integer version = params.getTextDocument().getVersion();
        OpenDocument document = new OpenDocument(uri, version == null ? before.version() + 1 : version, text);
        analyses.open(document);
        diagnostics.changed(document);
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        analyses.close(uri);
        diagnostics.closed(uri);
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        OpenDocument document = analyses.document(params.getTextDocument().getUri());
        if (document != null) {
            diagnostics.changed(document); // files beside it may have changed too
        }
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        return on(
                params.getTextDocument().getUri(),
                document -> {
                    int offset = document.index().offset(params.getPosition());
                    List<CompletionItem> items = Completions.at(
                            document.text(),
                            offset,
                            params.getPosition().getLine() + 1,
                            analyses.of(document),
                            document.paths().baseDir(),
                            document.index(),
                            messages.get());
                    return Either.forLeft(items);
                },
                Either.forLeft(List.of()));
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return on(
                params.getTextDocument().getUri(),
                document -> {
                    Analysis analysis = analyses.of(document);
                    Position position = params.getPosition();
                    Messages language = messages.get();
                    Optional<String> text = definitionAt(document, analysis, position)
                            .flatMap(d -> new HoverText(analysis, language).of(d))
                            .or(() -> wordAt(document, position).flatMap(w -> KeywordHelp.of(w, language)));
                    return text.map(t -> new Hover(new MarkupContent(MarkupKind.MARKDOWN, t)))
                            .orElse(null);
                },
                null);
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(
            DefinitionParams params) {
        return on(
                params.getTextDocument().getUri(),
                document -> {
                    Analysis analysis = analyses.of(document);
                    List<Location> found = definitionAt(document, analysis, params.getPosition())
                            .map(d -> List.of(new Location(
                                    document.uri(), document.index().range(d.nameSpan()))))
                            .orElse(List.of());
                    return Either.<List<? extends Location>, List<? extends LocationLink>>forLeft(found);
                },
                Either.forLeft(List.of()));
    }

    @Override
    public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
        return on(
                params.getTextDocument().getUri(),
                document -> {
                    Names names = new Names(analyses.of(document).script());
                    Position position = params.getPosition();
                    List<Location> found = new ArrayList<>();
                    names.at(position.getLine() + 1, column(document, position)).ifPresent(occurrence -> {
                        for (Names.Occurrence o : names.occurrencesOf(occurrence.name())) {
                            if (!o.definition()
                                    || params.getContext() == null
                                    || params.getContext().isIncludeDeclaration()) {
                                found.add(new Location(
                                        document.uri(), document.index().range(o.span())));
                            }
                        }
                    });
                    return found;
                },
                List.of());
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(
            DocumentSymbolParams params) {
        return on(
                params.getTextDocument().getUri(),
                document -> Outline.of(analyses.of(document), document.index()).stream()
                        .map(Either::<SymbolInformation, DocumentSymbol>forRight)
                        .toList(),
                List.of());
    }

    @Override
    public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
        return on(
                params.getTextDocument().getUri(),
                document -> ScriptFormatter.format(document.text())
                        .filter(formatted -> !formatted.equals(document.text()))
                        .map(formatted -> List.of(new TextEdit(
                                document.index().range(0, document.text().length()), formatted)))
                        .orElse(List.of()),
                List.of());
    }

    /** Answers about the latest version of a document on the request thread; {@code none} when it is not open. */
    private <T> CompletableFuture<T> on(String uri, Function<OpenDocument, T> answer, @Nullable T none) {
        return CompletableFuture.supplyAsync(
                () -> {
                    OpenDocument document = analyses.document(uri);
                    return document == null ? none : answer.apply(document);
                },
                requests);
    }

    private static Optional<Names.Definition> definitionAt(
            OpenDocument document, Analysis analysis, Position position) {
        Names names = new Names(analysis.script());
        return names.at(position.getLine() + 1, column(document, position)).flatMap(names::definitionOf);
    }

    /** The 1-based column in code points of an LSP position. */
    private static int column(OpenDocument document, Position position) {
        int offset = document.index().offset(position);
        int lineStart = offset - position.getCharacter();
        String text = document.text();
        return text.codePointCount(Math.max(0, Math.min(lineStart, offset)), offset) + 1;
    }

    /** The word under the cursor, or just before it. */
    private static Optional<String> wordAt(OpenDocument document, Position position) {
        int offset = document.index().offset(position);
        for (Lexeme lexeme : Lexemes.of(document.text())) {
            if (lexeme.start() <= offset && offset <= lexeme.end() && lexeme.kind() == Kind.WORD) {
                return Optional.of(lexeme.text());
            }
        }
        return Optional.empty();
    }
}
