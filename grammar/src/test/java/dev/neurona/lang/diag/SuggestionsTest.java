package dev.neurona.lang.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> OPTIMIZERS = List.of("sgd", "adam", "adamw", "rmsprop", "adagrad");
    private static final List<String> STATEMENTS = List.of(
            "seed",
            "data",
            "model",
            "train",
            "evaluate",
            "predict",
            "save",
            "load",
            "print",
            "plot",
            "report",
            "sweep");

    @Test
    void findsTyposIncludingSwappedLetters() {
        assertEquals(Optional.of("adam"), Suggestions.nearest("adma", OPTIMIZERS));
        assertEquals(Optional.of("train"), Suggestions.nearest("trian", STATEMENTS));
        assertEquals(Optional.of("rmsprop"), Suggestions.nearest("rmsprp", OPTIMIZERS));
        assertEquals(Optional.of("evaluate"), Suggestions.nearest("evalute", STATEMENTS));
        assertEquals(Optional.of("adam"), Suggestions.nearest("ADAM", OPTIMIZERS));
    }

    @Test
    void offersNothingForUnrelatedWords() {
        assertEquals(Optional.empty(), Suggestions.nearest("foo", STATEMENTS));
        assertEquals(Optional.empty(), Suggestions.nearest("momentum", OPTIMIZERS));
        assertEquals(Optional.empty(), Suggestions.nearest("x", OPTIMIZERS));
        assertEquals(Optional.empty(), Suggestions.nearest("adam", List.of()));
    }

    private static final List<String> ACTIVATIONS =
            List.of("linear", "relu", "leaky_relu", "elu", "gelu", "sigmoid", "tanh", "softmax");

    @Test
    void amongEquallyNearWordsTheOneWithTheSameFirstLetterWins() {
        // "rlu" is one edit from "relu" and from "elu"; alphabetically "elu" would come first
        assertEquals(Optional.of("relu"), Suggestions.nearest("rlu", ACTIVATIONS));
        assertEquals(Optional.of("relu"), Suggestions.nearest("RLU", List.of("elu", "relu")));
        assertEquals(Optional.of("gelu"), Suggestions.nearest("glu", ACTIVATIONS));
    }

    @Test
    void aNearerWordWinsOverOneWithTheSameFirstLetter() {
        assertEquals(Optional.of("elu"), Suggestions.nearest("eluu", ACTIVATIONS));
        assertEquals(Optional.of("sigmoid"), Suggestions.nearest("sigmod", ACTIVATIONS));
        assertEquals(Optional.of("softmax"), Suggestions.nearest("xoftmax", ACTIVATIONS));
        assertEquals(Optional.empty(), Suggestions.nearest("convolution", ACTIVATIONS));
    }

    @Test
    void breaksTiesAlphabeticallyWhateverTheOrder() {
        // "sav" is one edit from both "save" and "saw"
        assertEquals(Optional.of("save"), Suggestions.nearest("sav", List.of("saw", "save")));
        assertEquals(Optional.of("save"), Suggestions.nearest("sav", List.of("save", "saw")));
        Set<String> descending = new TreeSet<>(List.of("save", "saw")).descendingSet();
        assertEquals(Optional.of("save"), Suggestions.nearest("sav", descending));
        // a nearer candidate wins over an alphabetically earlier one
        assertEquals(Optional.of("adamw"), Suggestions.nearest("adamww", OPTIMIZERS));
    }

    @Test
    void thresholdGrowsWithTheWord() {
        assertEquals(1, Suggestions.maxDistance(2));
        assertEquals(2, Suggestions.maxDistance(3));
        assertEquals(2, Suggestions.maxDistance(8));
        assertEquals(3, Suggestions.maxDistance(9));
        assertEquals(6, Suggestions.maxDistance(20));
    }

    @Test
    void appendsTheSuggestionInTheContractsStyle() {
        assertEquals(
                "unknown optimizer 'adma'; did you mean 'adam'?",
                Suggestions.withSuggestion("unknown optimizer 'adma'", "adma", OPTIMIZERS));
        assertEquals(
                "unknown optimizer 'lbfgs'",
                Suggestions.withSuggestion("unknown optimizer 'lbfgs'", "lbfgs", OPTIMIZERS));
    }

    @Test
    void aWordLongerThanAnyNameGetsNoSuggestionSoAHugeOneCostsNothing() {
        // Edit distance is quadratic: before this limit a 100,000-letter word against a near twin took 14 s, 1 MB
        // minutes.
        String huge = "a".repeat(1 << 20);
        assertEquals(Optional.empty(), Suggestions.nearest(huge, List.of(huge.substring(1) + "b", "train")));
        String longest = "a".repeat(Suggestions.LONGEST_WORD);
        assertEquals(Optional.of(longest + "b"), Suggestions.nearest(longest, List.of(longest + "b")));
    }
}
