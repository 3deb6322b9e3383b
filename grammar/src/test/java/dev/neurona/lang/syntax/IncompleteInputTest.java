package dev.neurona.lang.syntax;

import static dev.neurona.lang.syntax.Parsing.PARSER;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the REPL continues on the next line, and what it reports at once. */
class IncompleteInputTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "model m {",
                "model m {\n",
                "train m on d {\n epochs 3",
                "train m on d {\n  optimizer adam(lr=",
                "adam(lr=",
                "[1, 2,",
                "predict m [1, 2,\n",
                "data d = csv(\"a.csv\",",
                "seed 1 +",
                "seed 2 *\n",
                "seed 7\n/* an open comment",
                "model m {\n  dense 3 )",
                "seed 1\nmodel m {\n  input 4",
            })
    void unfinishedInputAsksForMore(String source) {
        assertTrue(PARSER.isIncomplete(source), source);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "\n",
                "# only a comment",
                "model m }",
                "dense 3 softmax",
                "model m { input 4 }",
                "train m on",
                "seed 1 2",
                "save m to \"unterminated",
                "foo )\nmodel m {",
                "model m {\n  input 4\ntrain m on d",
                "data d = csv(\"a.csv\"\ntrain m on d",
            })
    void completeOrWrongInputDoesNot(String source) {
        assertFalse(PARSER.isIncomplete(source), source);
    }
}
