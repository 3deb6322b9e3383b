package dev.neurona.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LexemesTest {

    /** Each lexeme as KIND:text, spaces and brackets left out. */
    private static String pieces(String text, List<Lexemes.Lexeme> lexemes) {
        return lexemes.stream()
                .filter(lexeme -> lexeme.kind() != Lexemes.Kind.OTHER)
                .map(lexeme -> lexeme.kind() + ":" + text.substring(lexeme.start(), lexeme.end())
                        + (lexeme.closed() ? "" : "…"))
                .collect(Collectors.joining(" "));
    }

    @Test
    void nnStatements() {
        String text = "dense 2*64 relu # wide\nsplit train 80%, test .2 size 28x28 \"a \\\" b\" 1e-3 2.5E+2";
        assertEquals(
                "WORD:dense NUMBER:2 NUMBER:64 WORD:relu COMMENT:# wide WORD:split WORD:train NUMBER:80% WORD:test"
                        + " NUMBER:.2 WORD:size NUMBER:28x28 STRING:\"a \\\" b\" NUMBER:1e-3 NUMBER:2.5E+2",
                pieces(text, Lexemes.ofNn(text)));
    }

    @Test
    void javaSnippets() {
        String text = "int x = 0x1F + 10L; // note\nchar c = '}'; /* block */ var s = \"#\";";
        assertEquals(
                "WORD:int WORD:x NUMBER:0x1F NUMBER:10L COMMENT:// note WORD:char WORD:c STRING:'}' COMMENT:/* block */"
                        + " WORD:var WORD:s STRING:\"#\"",
                pieces(text, Lexemes.ofJava(text)));
    }

    @Test
    void unfinishedPiecesRunToTheEndOfTheirLine() {
        String text = "csv(\"data/ir\nx /* open";
        assertEquals("WORD:csv STRING:\"data/ir… WORD:x COMMENT:/* open…", pieces(text, Lexemes.ofNn(text)));
        String hole = "dense ${a.get(\"}\")";
        assertEquals("WORD:dense HOLE:${a.get(\"}\")…", pieces(hole, Lexemes.ofNn(hole)));
    }

    @Test
    void aMinusAfterAnExponentOfAHexNumberIsSubtraction() {
        String text = "0x1E-1";
        assertEquals("NUMBER:0x1E NUMBER:1", pieces(text, Lexemes.ofJava(text)));
    }
}
