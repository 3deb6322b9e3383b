package dev.neurona.lang.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.neurona.lang.ast.Expr;
import dev.neurona.lang.ast.SeedStmt;
import dev.neurona.lang.ast.Statement;
import dev.neurona.lang.diag.DiagnosticRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Shortcuts for the parser tests. */
final class Parsing {

    static final NnParser PARSER = new NnParser();

    private Parsing() {}

    /** Parses a script that must have no error. */
    static List<Statement> statements(String source) {
        ParseResult result = PARSER.parse(source, "test.nn");
        assertEquals("", render(source), "unexpected diagnostics");
        return result.script().statements();
    }

    /** Parses a one-statement script that must have no error. */
    static <T extends Statement> T statement(String source, Class<T> type) {
        List<Statement> statements = statements(source);
        assertEquals(1, statements.size(), "statements in " + source);
        return assertInstanceOf(type, statements.get(0));
    }

    /** The value of {@code seed TEXT}: a way to parse one expression. */
    static Expr expr(String text) {
        return statement("seed " + text, SeedStmt.class).value();
    }

    /** The script's diagnostics, rendered as the user sees them. */
    static String render(String source) {
        return new DiagnosticRenderer(source)
                .render(PARSER.parse(source, "test.nn").diagnostics());
    }

    static String resource(String path) {
        try (InputStream in = Parsing.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
