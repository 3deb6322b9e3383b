package dev.neurona.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class DataOptionsTest {
    @Test
    void defaultsReadEveryColumnAndPrepareNothing() {
        DataOptions d = DataOptions.defaults();

        assertEquals(null, d.target());
        assertEquals(List.of(), d.features());
        assertEquals(null, d.task());
        assertEquals(Normalization.NONE, d.normalize());
        assertEquals(1, d.scale());
        assertEquals(MissingPolicy.ERROR, d.missing());
        assertEquals(0, d.limit());
        assertEquals(",", d.delimiter());
        assertEquals(true, d.header());
        assertEquals(List.of(), d.readingOptionsSet());
    }

    @Test
    void toBuilderKeepsEveryOption() {
        DataOptions d = DataOptions.builder()
                .target("y")
                .features("a", "b")
                .ignore("c")
                .task(Task.REGRESSION)
                .normalize(Normalization.MINMAX)
                .scale(0.5)
                .missing(MissingPolicy.MEAN)
                .shuffle(true)
                .limit(9)
                .split(new SplitPart("x", 0.25), new SplitPart("y", 0.75))
                .delimiter(";")
                .header(false)
                .build();

        assertEquals(d, d.toBuilder().build());
        assertEquals(
                List.of("target", "features", "ignore", "task", "missing", "delimiter", "header"),
                d.readingOptionsSet());
    }

    @Test
    void acceptsSplitPercentagesThatAddUpWithinRounding() {
        DataOptions d = DataOptions.builder()
                .split(new SplitPart("a", 1 / 3.0), new SplitPart("b", 1 / 3.0), new SplitPart("c", 0.3333334))
                .build();

        assertEquals(3, d.split().size());
    }

    @Test
    void refusesOptionsUsersCanGetWrong() {
        assertEquals(
                "the split percentages add up to 95%, not 100%",
                message(() -> DataOptions.builder()
                        .split(new SplitPart("train", 0.85), new SplitPart("valid", 0.1))
                        .build()));
        assertEquals("split part 'a' is named twice", message(() -> DataOptions.builder()
                .split(new SplitPart("a", 0.5), new SplitPart("a", 0.5))
                .build()));
        assertEquals(
                "split part 'a' must have a share above 0% and at most 100%, not 0%",
                message(() -> new SplitPart("a", 0)));
        assertEquals(
                "limit must be 0 (all rows) or more, not -1",
                message(() -> DataOptions.builder().limit(-1).build()));
        assertEquals(
                "scale must be a finite number other than 0, not 0.0",
                message(() -> DataOptions.builder().scale(0).build()));
        assertEquals(
                "the delimiter must not be empty",
                message(() -> DataOptions.builder().delimiter("").build()));
    }

    private static String message(Runnable action) {
        return assertThrows(DataException.class, action::run).getMessage();
    }
}
