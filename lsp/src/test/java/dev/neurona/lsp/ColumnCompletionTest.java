package dev.neurona.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CSV data set's columns, through the server's JSON-RPC: read from the header of the file beside
 * the script, offered after {@code target}, {@code features} and {@code ignore} as fields with the
 * data set's name, quoted when the language needs it.
 */
class ColumnCompletionTest {

    @TempDir
    static Path folder;

    private static LspClient client;
    private static int documents;

    @BeforeAll
    static void start() throws Exception {
        Files.createDirectories(folder.resolve("data"));
        Files.writeString(
                folder.resolve("data/houses.csv"),
                "area,rooms,sale price,on\n120,4,250000,1\n",
                StandardCharsets.UTF_8);
        client = new LspClient();
        client.initialize();
    }

    @AfterAll
    static void stop() throws Exception {
        client.close();
    }

    private static List<CompletionItem> complete(String marked) throws Exception {
        Cursor cursor = Cursor.in(marked);
        String uri = folder.resolve("houses-" + (++documents) + ".nn").toUri().toString();
        client.open(uri, cursor.text());
        return client.complete(uri, cursor.position());
    }

    private static List<String> labels(List<CompletionItem> items) {
        return items.stream().map(CompletionItem::getLabel).toList();
    }

    private static final String HEAD = "data houses = csv(\"data/houses.csv\") {\n";

    @Test
    void afterTargetTheColumnsAsFieldsOfTheDataSet() throws Exception {
        List<CompletionItem> items = complete(HEAD + "  target |\n}\n");
        assertEquals(List.of("area", "rooms", "\"sale price\"", "\"on\""), labels(items));
        for (CompletionItem item : items) {
            assertEquals(CompletionItemKind.Field, item.getKind());
            assertEquals("houses", item.getDetail());
        }
        assertEquals(
                labels(items),
                items.stream()
                        .sorted(java.util.Comparator.comparing(CompletionItem::getSortText))
                        .map(CompletionItem::getLabel)
                        .toList(),
                "an editor sorts them in the header's order");
        TextEdit edit = items.get(2).getTextEdit().getLeft();
        assertEquals("\"sale price\"", edit.getNewText());
        assertEquals(new Range(new Position(1, 9), new Position(1, 9)), edit.getRange());
    }

    @Test
    void whatIsTypedIsReplacedQuoteIncluded() throws Exception {
        List<CompletionItem> items = complete(HEAD + "  features area, \"sa|\n}\n");
        assertEquals(4, items.size());
        TextEdit edit = items.get(1).getTextEdit().getLeft();
        assertEquals("\"rooms\"", edit.getNewText(), "typing in quotes, every name comes quoted");
        assertEquals(new Range(new Position(1, 17), new Position(1, 20)), edit.getRange());
        assertEquals("\"sale price\"", items.get(2).getFilterText());
    }

    @Test
    void everyPlaceThatNamesAColumnAndNoOther() throws Exception {
        List<String> columns = List.of("area", "rooms", "\"sale price\"", "\"on\"");
        assertEquals(columns, labels(complete(HEAD + "  features |\n}")));
        assertEquals(columns, labels(complete(HEAD + "  features area,\n    |\n}")));
        assertEquals(columns, labels(complete(HEAD + "  split train 80%, test 20%; ignore ro|\n}")));
        assertEquals(List.of(), labels(complete(HEAD + "  target area |\n}")));
        List<String> options = labels(complete(HEAD + "  |\n}"));
        assertTrue(options.contains("target") && !options.contains("area"), options.toString());
        assertTrue(labels(complete(HEAD + "  normalize |\n}")).contains("standard"), "other options as before");
    }

    @Test
    void aMissingFileOffersNoColumnsAndReportsNoErrorToCompletion() throws Exception {
        assertEquals(List.of(), labels(complete("data d = csv(\"data/absent.csv\") {\n  target |\n}")));
    }
}
