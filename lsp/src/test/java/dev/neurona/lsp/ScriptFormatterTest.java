package dev.neurona.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ScriptFormatterTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            spaces between words          | seed    7               | seed 7
            no space inside brackets      | predict m [ 1 , -2 ]    | predict m [1, -2]
            named values are tight        | x { dense 3 relu init = he } | x {dense 3 relu init=he }
            statement heads are spaced    | data d=csv( "a.csv" )   | data d = csv("a.csv")
            template parameters spaced    | model m(hidden=4){ input 4 } | model m(hidden = 4) { input 4 }
            instance arguments tight      | model b = m( hidden = 8 ) | model b = m(hidden=8)
            times and divide tight        | model m { dense 2 * 64 } | model m { dense 2*64 }
            plus and minus spaced         | seed 3-1                | seed 3 - 1
            a sign stays with its number  | seed -1                 | seed -1
            a line's name is no operand   | x { scale -1 }          | x { scale -1 }
            semicolons                    | model m {input 4 ;dense 3} | model m { input 4; dense 3 }
            dotted names                  | train m on d . train    | train m on d.train
            """)
    void laysOutOneLine(String what, String text, String expected) {
        assertEquals(
                expected.replace("x {dense", "x { dense") + "\n",
                ScriptFormatter.format(text).orElseThrow(),
                what);
    }

    @Test
    void indentsBlocksAndLinesUpContinuations() {
        String text = """
                data digits = idx("images.gz",
                "labels.gz") {
                scale 1/255
                      split train 90%, valid 10%
                }
                model m(
                hidden = 4) {
                input 4
                }
                """;
        assertEquals("""
                data digits = idx("images.gz",
                                  "labels.gz") {
                  scale 1/255
                  split train 90%, valid 10%
                }
                model m(
                  hidden = 4) {
                  input 4
                }
                """, format(text));
    }

    @Test
    void keepsCommentsWhereTheyAre() {
        String text = "# top\nmodel m { # why\n  /* old: dense 8 */ dense 3 softmax   // last\n     # inside\n}\n";
        assertEquals(
                "# top\nmodel m {  # why\n  /* old: dense 8 */ dense 3 softmax  // last\n  # inside\n}\n",
                format(text));
    }

    @Test
    void keepsAtMostOneBlankLineAndEndsWithANewLine() {
        assertEquals("seed 1\n\nseed 2\n", format("\n\nseed 1\n\n\n\nseed 2"));
        assertEquals("seed 1\r\n\r\nseed 2\r\n", format("seed 1\r\n\r\n\r\nseed 2\r\n"));
    }

    @Test
    void leavesTextItCannotReadAlone() {
        assertEquals(Optional.empty(), ScriptFormatter.format("print \"no end\nseed 1"));
        assertEquals(Optional.empty(), ScriptFormatter.format("seed 1 /* no end"));
    }

    static Stream<Path> samples() throws IOException {
        return Files.list(Path.of("..", "samples"))
                .filter(p -> p.toString().endsWith(".nn"))
                .sorted();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theSamplesAreAlreadyFormatted(Path sample) throws IOException {
        String text = Files.readString(sample, StandardCharsets.UTF_8);
        assertEquals(text, format(text));
    }

    @Test
    void formattingTwiceChangesNothingMore() {
        for (String text : List.of(
                "model   m{\ninput 4 # four\n      dense 3   softmax }\n\n\n",
                "train m on d {\n optimizer adam(lr=0.1,\n beta1=0.8)\n   early_stop( patience = 3 )\n}",
                "data d=csv(\"a.csv\"){ split a 50%,\n b 50%\n}\nsweep s=m on d.a { vary hidden in [ 1,2 ,\n3] }")) {
            String once = format(text);
            assertEquals(once, format(once), text);
        }
    }

    private static String format(String text) {
        return ScriptFormatter.format(text).orElseThrow();
    }
}
