package dev.neurona.lang.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neurona.lang.syntax.Lexemes.Kind;
import dev.neurona.lang.syntax.Lexemes.Lexeme;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexemesTest {

    @Test
    void keepsCommentsAndNewLinesWithTheirOffsets() {
        String text = "seed 7 # lucky\n/* a\nb */ model m { dense 2*64 relu } // end";
        List<Lexeme> lexemes = Lexemes.of(text);
        List<String> shown =
                lexemes.stream().map(l -> l.kind() + ":" + l.text()).toList();
        assertEquals(
                List.of(
                        "WORD:seed",
                        "NUMBER:7",
                        "COMMENT:# lucky",
                        "NEWLINE:\n",
                        "COMMENT:/* a\nb */",
                        "WORD:model",
                        "WORD:m",
                        "SYMBOL:{",
                        "WORD:dense",
                        "NUMBER:2",
                        "SYMBOL:*",
                        "NUMBER:64",
                        "WORD:relu",
                        "SYMBOL:}",
                        "COMMENT:// end"),
                shown);
        for (Lexeme lexeme : lexemes) {
            assertEquals(lexeme.text(), text.substring(lexeme.start(), lexeme.end()));
        }
    }

    @Test
    void offsetsCountCharsPastLettersOutsideTheBasicPlane() {
        String text = "print \"\uD835\uDC9C\" # \uD835\uDC9C\ndata d = x";
        for (Lexeme lexeme : Lexemes.of(text)) {
            assertEquals(lexeme.text(), text.substring(lexeme.start(), lexeme.end()));
        }
    }

    @Test
    void malformedTextBecomesErrorLexemes() {
        List<Lexeme> lexemes = Lexemes.of("print \"open\nseed 10softmax");
        assertEquals(
                List.of(Kind.WORD, Kind.ERROR, Kind.NEWLINE, Kind.WORD, Kind.ERROR),
                lexemes.stream().map(Lexeme::kind).toList());
    }

    @Test
    void reservedWordsAreTheirOwnKind() {
        assertEquals(
                List.of(Kind.WORD, Kind.WORD, Kind.RESERVED, Kind.WORD),
                Lexemes.of("train m on d").stream().map(Lexeme::kind).toList());
    }
}
