package dev.neurona.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neurona.lang.check.Vocabulary;
import dev.neurona.lang.check.words.Activations;
import dev.neurona.lang.check.words.Losses;
import dev.neurona.lang.check.words.Optimizers;
import dev.neurona.lang.syntax.NnParser;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.lsp4j.CompletionItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Completion knows where it is: each cursor (marked {@code |}) gets exactly the words that fit there. */
class CompletionTest {

    private static final String HEAD = """
            data iris = csv("iris.csv") {
              split train 80%, test 20%
            }
            data other = iris.train
            model mlp(hidden = 16, rate = 0.2) {
              input iris
              dense hidden relu
              dense 3 softmax
            }
            model small = mlp(hidden=4)
            """;

    private static LspClient client;
    private static int documents;

    @BeforeAll
    static void start() throws Exception {
        client = new LspClient();
        client.initialize();
    }

    @AfterAll
    static void stop() throws Exception {
        client.close();
    }

    static Stream<Arguments> cursors() {
        List<String> activationsAndInit = new ArrayList<>(Activations.TABLE.words());
        activationsAndInit.add("init=");
        List<String> models = List.of("mlp", "small");
        List<String> data = List.of("iris", "iris.train", "iris.test", "other");
        return Stream.of(
                Arguments.of("|", NnParser.statementKeywords()),
                Arguments.of(HEAD + "tr|", NnParser.statementKeywords()),
                Arguments.of(HEAD + "model m {\n  dense 16 |\n}", activationsAndInit),
                Arguments.of(HEAD + "model m {\n  dense 16 relu |\n}", List.of("init=")),
                Arguments.of(
                        HEAD + "model m {\n  dense 16 relu init=|\n}",
                        List.of("he", "xavier", "normal", "uniform", "zeros")),
                Arguments.of(HEAD + "model m {\n  dense |\n}", List.of()),
                Arguments.of(
                        HEAD + "model m {\n  conv 16 3x3 |\n}",
                        withOptions(Activations.TABLE.words(), "stride=", "padding=", "init=")),
                Arguments.of(HEAD + "model m {\n  conv 16 3x3 relu padding=|\n}", List.of("valid", "same")),
                Arguments.of(HEAD + "model m {\n  |\n}", Vocabulary.layerKeywords()),
                Arguments.of(HEAD + "model m {\n  input |\n}", data),
                Arguments.of(HEAD + "model m {\n  dense 3 leaky_relu(|)\n}", List.of("alpha=")),
                Arguments.of(HEAD + "train |", models),
                Arguments.of(HEAD + "train mlp |", List.of("on")),
                Arguments.of(HEAD + "train mlp on |", data),
                Arguments.of(HEAD + "train mlp on iris.|", List.of("train", "test")),
                Arguments.of(HEAD + "train mlp on iris.train {\n  |\n}", Vocabulary.trainOptions()),
                Arguments.of(
                        HEAD + "train mlp on iris.train {\n  optimizer |\n}", List.copyOf(Optimizers.TABLE.words())),
                Arguments.of(
                        HEAD + "train mlp on iris.train {\n  optimizer adam(|)\n}",
                        List.of("lr=", "beta1=", "beta2=", "eps=")),
                Arguments.of(
                        HEAD + "train mlp on iris.train { optimizer sgd(lr=0.1, |) }",
                        List.of("lr=", "momentum=", "nesterov=")),
                Arguments.of(HEAD + "train mlp on iris.train {\n  loss |\n}", List.copyOf(Losses.TABLE.words())),
                Arguments.of(HEAD + "train mlp on iris.train {\n  validate on |\n}", data),
                Arguments.of(
                        HEAD + "train mlp on iris.train {\n  early_stop(|)\n}",
                        List.of("patience=", "monitor=", "min_delta=")),
                Arguments.of(HEAD + "train mlp on iris.train {\n  epochs 10 # about |\n}", List.of()),
                Arguments.of(
                        HEAD + "data d = csv(\"iris.csv\") {\n  normalize |\n}", List.of("none", "standard", "minmax")),
                Arguments.of(
                        HEAD + "data d = |",
                        withOptions(
                                Vocabulary.dataSources(),
                                "mnist.train",
                                "mnist.test",
                                "fashion_mnist.train",
                                "fashion_mnist.test",
                                "iris",
                                "iris.train",
                                "iris.test",
                                "other")),
                Arguments.of(HEAD + "model big = |", List.of("mlp")),
                Arguments.of(HEAD + "model big = mlp(|)", List.of("hidden=", "rate=")),
                Arguments.of(HEAD + "save mlp |", List.of("to")),
                Arguments.of(HEAD + "print |", withOptions(models, data.toArray(String[]::new))),
                Arguments.of(HEAD + "print \"hel|lo\"", List.of()),
                Arguments.of(
                        "train |\ndata late = csv(\"iris.csv\")\nmodel later { input 4; dense 3 softmax }", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cursors")
    void offersExactlyTheWordsThatFit(String marked, List<String> expected) throws Exception {
        Cursor cursor = Cursor.in(marked);
        String uri = "untitled:completion-" + (++documents) + ".nn";
        client.open(uri, cursor.text());
        List<String> labels = client.complete(uri, cursor.position()).stream()
                .map(CompletionItem::getLabel)
                .toList();
        assertEquals(sorted(expected), sorted(labels), "at " + marked.substring(Math.max(0, marked.indexOf('|') - 30)));
    }

    private static List<String> withOptions(Iterable<String> words, String... more) {
        List<String> all = new ArrayList<>();
        words.forEach(all::add);
        all.addAll(List.of(more));
        return all;
    }

    private static List<String> sorted(List<String> words) {
        return words.stream().sorted().toList();
    }
}
