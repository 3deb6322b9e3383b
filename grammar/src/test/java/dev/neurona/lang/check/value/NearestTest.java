package dev.neurona.lang.check.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NearestTest {

    private static final List<String> ACTIVATIONS =
            List.of("linear", "relu", "leaky_relu", "elu", "gelu", "sigmoid", "tanh", "softmax");

    @Test
    void amongEquallyNearWordsTheOneWithTheSameFirstLetterWins() {
        assertEquals(Optional.of("relu"), Nearest.to("rlu", ACTIVATIONS));
        assertEquals(Optional.of("gelu"), Nearest.to("glu", ACTIVATIONS));
    }

    @Test
    void otherwiseTheNearestWordWins() {
        assertEquals(Optional.of("elu"), Nearest.to("eluu", ACTIVATIONS));
        assertEquals(Optional.of("sigmoid"), Nearest.to("sigmod", ACTIVATIONS));
        assertEquals(Optional.of("softmax"), Nearest.to("xoftmax", ACTIVATIONS));
        assertEquals(Optional.empty(), Nearest.to("convolution", ACTIVATIONS));
    }
}
