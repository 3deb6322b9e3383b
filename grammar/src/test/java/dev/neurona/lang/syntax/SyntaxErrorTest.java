package dev.neurona.lang.syntax;

import static dev.neurona.lang.syntax.Parsing.render;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Wrong scripts and exactly what the user reads about them: the plain-worded message, the line,
 * and the caret under the culprit. At most one error per statement or block line, no cascades,
 * in source order.
 */
class SyntaxErrorTest {

    @ParameterizedTest
    @MethodSource("cases")
    void reportsTheErrorInPlainWords(String script, String expected) {
        assertEquals(expected, render(script));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                error("data set without '='", """
                    data iris csv("iris.csv")
                    """, """
                    test.nn:1:11: error: expected '=' after the data set's name
                        1 | data iris csv("iris.csv")
                          |           ^^^
                    """),
                error("train without 'on'", """
                    train mlp digits.train
                    """, """
                    test.nn:1:11: error: expected 'on' after the model's name in 'train'
                        1 | train mlp digits.train
                          |           ^^^^^^
                    """),
                error("misspelt statement keyword", """
                    trian mlp on digits.train
                    """, """
                    test.nn:1:1: error: a statement must start with a keyword such as data, model, train; found 'trian'; did you mean 'train'?
                        1 | trian mlp on digits.train
                          | ^^^^^
                    """),
                error("unknown statement", """
                    foo bar
                    """, """
                    test.nn:1:1: error: a statement must start with a keyword such as data, model, train; found 'foo'
                        1 | foo bar
                          | ^^^
                          = help: the statements are seed, data, model, train, evaluate, predict, save, load, export, print, explain, plot, report and sweep
                    """),
                error("stray closing parenthesis in a block", """
                    model m {
                      input 4
                      dense 3 )
                    }
                    """, """
                    test.nn:3:11: error: unexpected ')'
                        3 |   dense 3 )
                          |           ^
                    """),
                error("block left open at the end", """
                    model m {
                      input 4
                      dense 3 softmax
                    """, """
                    test.nn:3:18: error: missing '}' to close the block opened at line 1
                        3 |   dense 3 softmax
                          |                  ^
                    """),
                error("block left open before the next statement", """
                    model m {
                      input 4
                    train m on d x
                    """, """
                    test.nn:3:1: error: missing '}' to close the block opened at line 1
                        3 | train m on d x
                          | ^^^^^
                    test.nn:3:14: error: expected a new line or ';' before 'x'
                        3 | train m on d x
                          |              ^
                    """),
                error("unterminated string", """
                    save m to "m.nnm
                    """, """
                    test.nn:1:11: error: unterminated string: the closing '"' is missing
                        1 | save m to "m.nnm
                          |           ^^^^^^
                    """),
                error("unexpected character", """
                    model m {
                      dense 3 relu @ 2
                    }
                    """, """
                    test.nn:2:16: error: unexpected character '@'
                        2 |   dense 3 relu @ 2
                          |                ^
                    """),
                error("single quotes", """
                    save m to 'm.nnm'
                    """, """
                    test.nn:1:11: error: unexpected "'": strings are written in double quotes
                        1 | save m to 'm.nnm'
                          |           ^
                    """),
                error("unknown escape", """
                    load m from "C:\\models\\m.nnm"
                    """, """
                    test.nn:1:16: error: unknown escape '\\m' in a string; write '\\\\' for a backslash
                        1 | load m from "C:\\models\\m.nnm"
                          |                ^^
                    """),
                error("number glued to a name", """
                    model m {
                      dense 10softmax
                    }
                    """, """
                    test.nn:2:9: error: malformed number '10softmax'; separate a number from a name with a space
                        2 |   dense 10softmax
                          |         ^^^^^^^^^
                    """),
                error("brace on the next line", """
                    model m
                    {
                      input 4
                    }
                    """, """
                    test.nn:2:1: error: '{' must be on the same line as the statement it belongs to
                        2 | {
                          | ^
                    """),
                error("parameter without default", """
                    model m(hidden) {
                      input 4
                    }
                    """, """
                    test.nn:1:15: error: expected '=' and a default value after the parameter 'hidden'
                        1 | model m(hidden) {
                          |               ^
                    """),
                error("missing comma between arguments", """
                    data d = csv("a.csv" delimiter=";")
                    """, """
                    test.nn:1:22: error: expected ',' or ')' after "a.csv"
                        1 | data d = csv("a.csv" delimiter=";")
                          |                      ^^^^^^^^^
                    """),
                error("positional argument after a named one", """
                    train m on d {
                      optimizer adam(lr=0.1, 0.9)
                    }
                    """, """
                    test.nn:2:26: error: a positional argument cannot follow a named one; put it before 'lr='
                        2 |   optimizer adam(lr=0.1, 0.9)
                          |                          ^^^
                    """),
                error("argument given twice", """
                    train m on d {
                      optimizer adam(lr=0.1, lr=0.2)
                    }
                    """, """
                    test.nn:2:26: error: argument 'lr' is given twice
                        2 |   optimizer adam(lr=0.1, lr=0.2)
                          |                          ^^
                    """),
                error("operator at the end of a line", """
                    data d = csv("a.csv") {
                      scale 1/
                    }
                    """, """
                    test.nn:2:11: error: expected a value after '/'
                        2 |   scale 1/
                          |           ^
                    """),
                error("named value without a value", """
                    model m {
                      dense 3 init=
                    }
                    """, """
                    test.nn:2:16: error: expected a value after '='
                        2 |   dense 3 init=
                          |                ^
                    """),
                error("list left open across lines", """
                    sweep best = mlp on d {
                      vary hidden in [32, 64
                      select max val_accuracy
                    }
                    """, """
                    test.nn:2:25: error: expected ',' or ']' after '64'
                        2 |   vary hidden in [32, 64
                          |                         ^
                    """),
                error("option written with '='", """
                    train m on d {
                      epochs = 10
                    }
                    """, """
                    test.nn:2:10: error: unexpected '=' after 'epochs'; write 'epochs 10' without '='
                        2 |   epochs = 10
                          |          ^
                    """),
                error("save without 'to'", """
                    save m "m.nnm"
                    """, """
                    test.nn:1:8: error: expected 'to' after the model's name in 'save'
                        1 | save m "m.nnm"
                          |        ^^^^^^^
                    """),
                error("predict without data or inputs", """
                    predict m
                    """, """
                    test.nn:1:10: error: expected 'on' and a data set, or a list of inputs such as [1, 2], after the model's name in 'predict'
                        1 | predict m
                          |          ^
                    """),
                error("report without a file", """
                    report m on test
                    """, """
                    test.nn:1:17: error: expected 'to' and a file name after the data set's name in 'report'
                        1 | report m on test
                          |                 ^
                    """),
                error("sweep without '='", """
                    sweep best mlp on d {
                      epochs 3
                    }
                    """, """
                    test.nn:1:12: error: expected '=' after the sweep's name
                        1 | sweep best mlp on d {
                          |            ^^^
                    """),
                error("unterminated comment", """
                    seed 7
                    /* no end
                    seed 8
                    """, """
                    test.nn:2:1: error: unterminated comment: '/*' has no closing '*/'
                        2 | /* no end
                          | ^^
                    """),
                error("word after a complete statement", """
                    evaluate m on test now
                    """, """
                    test.nn:1:20: error: expected a new line or ';' before 'now'
                        1 | evaluate m on test now
                          |                    ^^^
                    """),
                error("empty parentheses", """
                    model m {
                      dense 3 ()
                    }
                    """, """
                    test.nn:2:11: error: expected a value between '(' and ')'
                        2 |   dense 3 ()
                          |           ^^
                    """),
                error("print without a subject", """
                    print
                    """, """
                    test.nn:1:6: error: expected a name or a text in quotes after 'print'
                        1 | print
                          |      ^
                    """),
                error("number too large", """
                    seed 1e999
                    """, """
                    test.nn:1:6: error: number '1e999' is too large
                        1 | seed 1e999
                          |      ^^^^^
                    """),
                error("block line that is not an option", """
                    train m on d {
                      42
                    }
                    """, """
                    test.nn:2:3: error: expected an option name, found '42'
                        2 |   42
                          |   ^^
                    """),
                error("template without a name", """
                    model big =
                    """, """
                    test.nn:1:12: error: expected a template's name after '='
                        1 | model big =
                          |            ^
                    """),
                error("call left open at the end", """
                    data d = csv("a.csv",
                    """, """
                    test.nn:1:22: error: missing ')' to close the '(' opened at line 1
                        1 | data d = csv("a.csv",
                          |                      ^
                    """),
                error("wrong closing bracket", """
                    predict m [1, 2)
                    """, """
                    test.nn:1:16: error: expected ']' to close the list opened at line 1, found ')'
                        1 | predict m [1, 2)
                          |                ^
                    """),
                error("parameter declared twice", """
                    model m(a = 1, a = 2) {
                      input 4
                    }
                    """, """
                    test.nn:1:16: error: parameter 'a' is declared twice
                        1 | model m(a = 1, a = 2) {
                          |                ^
                    """),
                error("train without a data set", """
                    train m on
                    """, """
                    test.nn:1:11: error: expected the data set's name after 'on'
                        1 | train m on
                          |           ^
                    """),
                error("data set without a name", """
                    data = csv("x.csv")
                    """, """
                    test.nn:1:6: error: expected a name for the data set after 'data'
                        1 | data = csv("x.csv")
                          |      ^
                    """),
                error("tab before the culprit", """
                    model m {
                    \tdense 3 )
                    }
                    """, """
                    test.nn:2:10: error: unexpected ')'
                        2 | \tdense 3 )
                          | \t        ^
                    """),
                error("string errors and syntax errors, in line order", """
                    print "a\\q"
                    seed
                    load m from "x\\y"
                    """, """
                    test.nn:1:9: error: unknown escape '\\q' in a string; write '\\\\' for a backslash
                        1 | print "a\\q"
                          |         ^^
                    test.nn:2:5: error: expected a number after 'seed'
                        2 | seed
                          |     ^
                    test.nn:3:15: error: unknown escape '\\y' in a string; write '\\\\' for a backslash
                        3 | load m from "x\\y"
                          |               ^^
                    """),
                error("several errors, each reported once, in order", """
                    seed 7
                    data iris csv("iris.csv")
                    model m {
                      input 4
                      dense 3 )
                      dense 3 softmax
                    }
                    trian m on iris
                    train m on iris {
                      optimizer adam(lr=0.1
                      epochs = 10
                    }
                    evaluate m on iris
                    save m "m.nnm"
                    """, """
                    test.nn:2:11: error: expected '=' after the data set's name
                        2 | data iris csv("iris.csv")
                          |           ^^^
                    test.nn:5:11: error: unexpected ')'
                        5 |   dense 3 )
                          |           ^
                    test.nn:8:1: error: a statement must start with a keyword such as data, model, train; found 'trian'; did you mean 'train'?
                        8 | trian m on iris
                          | ^^^^^
                    test.nn:10:24: error: expected ',' or ')' after '0.1'
                       10 |   optimizer adam(lr=0.1
                          |                        ^
                    test.nn:11:10: error: unexpected '=' after 'epochs'; write 'epochs 10' without '='
                       11 |   epochs = 10
                          |          ^
                    test.nn:14:8: error: expected 'to' after the model's name in 'save'
                       14 | save m "m.nnm"
                          |        ^^^^^^^
                    """));
    }

    private static Arguments error(String name, String script, String expected) {
        return Arguments.of(Named.of(name, script), expected);
    }
}
