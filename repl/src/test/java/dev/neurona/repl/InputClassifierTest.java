package dev.neurona.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputClassifierTest {

    private final InputClassifier classifier = new InputClassifier();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                // a keyword, then a name, number or string: .nn
                "model m {                                  | NN",
                "model m { input 4; dense 3 softmax }       | NN",
                "model big = mlp(hidden=512)                | NN",
                "train m on d                               | NN",
                "print m                                    | NN",
                "`print \"hello\"`                          | NN",
                "seed 7                                     | NN",
                "seed .5                                    | NN",
                "seed -3                                    | NN",
                "predict m [1, 2]                           | NN",
                "evaluate m on d.test                       | NN",
                "`data d = csv(\"d.csv\")`                  | NN",
                "model m { input 4; dense ${w} relu }       | NN",
                "dense ${w}                                 | JAVA",
                "`  # a comment first\nmodel m {`           | NN",
                // a keyword followed by something else: .nn only if it parses as .nn
                "seed(3)                                    | NN",
                "data.rows()                                | JAVA",
                "seed = 3                                   | JAVA",
                "print(x)                                   | JAVA",
                "model                                      | JAVA",
                "model.predict(row)                         | JAVA",
                "data instanceof Object                     | JAVA",
                "train(m, d)                                | JAVA",
                // not a keyword: Java
                "int x = 3;                                 | JAVA",
                "m.predictClass(1.0, 2.0)                   | JAVA",
                "models.size()                              | JAVA",
                "`\"text\".length()`                        | JAVA",
                "for (int i = 0; i < 3; i++) {              | JAVA",
                "`// a Java comment, then Java\nint y = 1;` | JAVA",
                // commands
                ":help                                      | COMMAND",
                ":load session.nn                           | COMMAND",
                "/vars                                      | JAVA_COMMAND",
                "/imports                                   | JAVA_COMMAND",
                // nothing
                "`   `                                      | BLANK",
                "`# only a comment`                         | BLANK",
                "/* a block */                              | BLANK",
            })
    void classifies(String entry, EntryKind expected) {
        assertEquals(expected, classifier.classify(entry.replace("\\n", "\n")));
    }
}
