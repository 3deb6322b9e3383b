package dev.neurona.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hover, go-to-definition, find-references, the outline and formatting, asked over the protocol. */
class NavigationTest {

    private static final String SCRIPT = """
            data iris = csv("iris.csv") {
              split train 80%, test 20%
            }
            model mlp {
              input iris
              dense 16 relu
              dense 3 softmax
            }
            train mlp on iris.train {
              epochs 5
              validate on iris.test
            }
            evaluate mlp on iris.test
            """;

    @TempDir
    static Path folder;

    private static LspClient client;
    private static String uri;

    @BeforeAll
    static void start() throws Exception {
        Files.writeString(
                folder.resolve("iris.csv"), "sepal,petal,width,species\n1,2,1,a\n2,3,1,b\n3,1,2,c\n4,4,2,a\n5,1,3,b\n");
        uri = folder.resolve("iris.nn").toUri().toString();
        client = new LspClient();
        client.initialize();
        client.open(uri, SCRIPT);
    }

    @AfterAll
    static void stop() throws Exception {
        client.close();
    }

    @Test
    void hoverOnAModelShowsItsLayersShapesAndParameterCounts() throws Exception {
        String text = hover(12, 10); // evaluate m|lp
        assertTrue(text.startsWith("**model mlp**"), text);
        assertTrue(text.contains("| input | 3 | 0 |"), text);
        assertTrue(text.contains("| dense 16 relu | 16 | 64 |"), text); // 3×16 + 16
        assertTrue(text.contains("| dense 3 softmax | 3 | 51 |"), text); // 16×3 + 3
        assertTrue(text.contains("115 parameters"), text);
    }

    @Test
    void hoverOnADataSetShowsItsShapeWithoutLoadingIt() throws Exception {
        String text = hover(8, 15); // train mlp on i|ris.train
        assertTrue(text.startsWith("**data iris**"), text);
        assertTrue(text.contains("features: 3"), text);
        assertTrue(text.contains("task: classification"), text);
        assertTrue(text.contains("classes (3): a, b, c"), text);
        assertTrue(text.contains("parts: iris.train, iris.test"), text);
    }

    @Test
    void hoverOnAKeywordSaysWhatItDoes() throws Exception {
        assertTrue(hover(9, 4).startsWith("epochs N: passes over the training data"), hover(9, 4));
        assertTrue(hover(5, 13).startsWith("relu: max(0, x)"), hover(5, 13));
        assertTrue(hover(8, 2).startsWith("train MODEL on DATA"), hover(8, 2));
        Hover none = client.server
                .getTextDocumentService()
                .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(5, 8)))
                .get(30, TimeUnit.SECONDS);
        assertNull(none, "a number has no hover");
    }

    @Test
    void definitionOfAUseIsItsDataOrModelStatement() throws Exception {
        assertEquals(List.of(new Location(uri, range(0, 5, 0, 9))), definition(10, 16)); // validate on i|ris.test
        assertEquals(List.of(new Location(uri, range(3, 6, 3, 9))), definition(8, 7)); // train m|lp
        assertEquals(List.of(new Location(uri, range(3, 6, 3, 9))), definition(3, 7)); // the definition itself
        assertEquals(List.of(), definition(9, 3)); // an option is no name
    }

    @Test
    void referencesFindEveryUseOfAName() throws Exception {
        List<? extends Location> withDeclaration = references(4, 9, true); // input i|ris
        assertEquals(
                List.of(
                        range(0, 5, 0, 9),
                        range(4, 8, 4, 12),
                        range(8, 13, 8, 17),
                        range(10, 14, 10, 18),
                        range(12, 16, 12, 20)),
                withDeclaration.stream().map(Location::getRange).toList());
        List<? extends Location> uses = references(3, 7, false);
        assertEquals(
                List.of(range(8, 6, 8, 9), range(12, 9, 12, 12)),
                uses.stream().map(Location::getRange).toList());
    }

    @Test
    void theOutlineListsDataModelsAndTraining() throws Exception {
        List<DocumentSymbol> symbols = client
                .server
                .getTextDocumentService()
                .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri)))
                .get(30, TimeUnit.SECONDS)
                .stream()
                .map(e -> e.getRight())
                .toList();
        assertEquals(
                List.of("iris", "mlp", "train mlp on iris.train"),
                symbols.stream().map(DocumentSymbol::getName).toList());
        assertEquals(
                List.of(SymbolKind.Variable, SymbolKind.Class, SymbolKind.Event),
                symbols.stream().map(DocumentSymbol::getKind).toList());
        assertEquals(
                List.of("input iris", "dense 16 relu", "dense 3 softmax"),
                symbols.get(1).getChildren().stream()
                        .map(DocumentSymbol::getName)
                        .toList());
        assertEquals(range(3, 0, 7, 1), symbols.get(1).getRange());
        assertEquals(range(3, 6, 3, 9), symbols.get(1).getSelectionRange());
    }

    @Test
    void formattingReplacesTheTextWithItsFormattedForm() throws Exception {
        String messy =
                "model   m{\ninput 4 # four\n      dense 3   softmax }\n\n\n\ntrain m on d{optimizer adam( lr = 0.1 )}\n";
        String other = folder.resolve("messy.nn").toUri().toString();
        client.open(other, messy);
        List<? extends TextEdit> edits = format(other);
        assertEquals(1, edits.size());
        assertEquals(range(0, 0, 7, 0), edits.get(0).getRange());
        assertEquals(
                "model m {\n  input 4  # four\n  dense 3 softmax }\n\ntrain m on d { optimizer adam(lr=0.1) }\n",
                edits.get(0).getNewText());
        client.replace(other, 2, edits.get(0).getNewText());
        assertEquals(List.of(), format(other), "a formatted script is left as it is");
    }

    private static List<? extends TextEdit> format(String document) throws Exception {
        return client.server
                .getTextDocumentService()
                .formatting(new DocumentFormattingParams(
                        new TextDocumentIdentifier(document), new FormattingOptions(2, true)))
                .get(30, TimeUnit.SECONDS);
    }

    private static String hover(int line, int character) throws Exception {
        Hover hover = client.server
                .getTextDocumentService()
                .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(line, character)))
                .get(30, TimeUnit.SECONDS);
        assertTrue(hover != null, "no hover at " + line + ":" + character);
        return hover.getContents().getRight().getValue();
    }

    private static List<? extends Location> definition(int line, int character) throws Exception {
        return client.server
                .getTextDocumentService()
                .definition(new DefinitionParams(new TextDocumentIdentifier(uri), new Position(line, character)))
                .get(30, TimeUnit.SECONDS)
                .getLeft();
    }

    private static List<? extends Location> references(int line, int character, boolean withDeclaration)
            throws Exception {
        ReferenceParams params = new ReferenceParams(
                new TextDocumentIdentifier(uri), new Position(line, character), new ReferenceContext(withDeclaration));
        return client.server.getTextDocumentService().references(params).get(30, TimeUnit.SECONDS);
    }

    private static Range range(int line, int character, int endLine, int endCharacter) {
        return new Range(new Position(line, character), new Position(endLine, endCharacter));
    }
}
