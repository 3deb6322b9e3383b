package dev.neurona.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.runtime.Evaluation;
import dev.neurona.runtime.train.EpochMetrics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped MNIST sample: 784-128-64-10 reaches 95% on the 2,000 test digits within 10 epochs. */
class MnistInJavaTest {

    @Test
    void reachesNinetyFivePercentOnTheTestDigits() {
        List<EpochMetrics> epochs = new ArrayList<>();
        Evaluation result = MnistInJava.train(Path.of("data/mnist-10k"), 10, 7, epochs::add);

        assertEquals(10, epochs.size());
        assertTrue(result.accuracy() >= 0.95, "test accuracy " + result.accuracy());
        assertEquals(2000, result.classification().total());
    }
}
