package dev.neurona.runtime.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Dropout masks must stay those of SplittableRandom, while the stream's position becomes readable. */
class SplitMixTest {
    @Test
    void drawsWhatSplittableRandomDraws() {
        for (long seed : new long[] {0, 1, -7, 42, Long.MIN_VALUE, 0x9e3779b97f4a7c15L}) {
            SplittableRandom reference = new SplittableRandom(seed);
            SplitMix ours = new SplitMix(seed);
            for (int i = 0; i < 2000; i++) {
                switch (i % 3) {
                    case 0 -> assertEquals(reference.nextFloat(), ours.nextFloat(), "float " + i + " of seed " + seed);
                    case 1 -> assertEquals(reference.nextInt(), ours.nextInt(), "int " + i + " of seed " + seed);
                    default -> assertEquals(reference.nextLong(), ours.nextLong(), "long " + i + " of seed " + seed);
                }
            }
        }
    }

    @Test
    void aSavedStateContinuesTheStream() {
        SplitMix stream = new SplitMix(5);
        for (int i = 0; i < 17; i++) stream.nextFloat();
        SplitMix copy = new SplitMix(stream.state());
        for (int i = 0; i < 100; i++) assertEquals(stream.nextFloat(), copy.nextFloat());
    }
}
