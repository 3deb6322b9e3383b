package dev.neurona.runtime.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingListenerAndThenTest {

    private static TrainingListener logging(String name, List<String> log) {
        return new TrainingListener() {
            @Override
            public void onTrainBegin(int epochs, int batchesPerEpoch, int trainRows, int validationRows) {
                log.add(name + " begin " + epochs);
            }

            @Override
            public void onBatchEnd(int epoch, int batch, int batches, int rowsDone, double loss, double acc) {
                log.add(name + " batch " + batch);
            }
        };
    }

    @Test
    void tellsEveryEventToThisListenerFirstThenTheNext() {
        List<String> log = new ArrayList<>();
        TrainingListener both = logging("a", log).andThen(logging("b", log));
        both.onTrainBegin(3, 10, 100, 0);
        both.onBatchEnd(1, 1, 10, 10, 0.5, 0.5);
        assertEquals(List.of("a begin 3", "b begin 3", "a batch 1", "b batch 1"), log);
    }

    @Test
    void noneOnEitherSideLeavesTheOtherAlone() {
        TrainingListener a = logging("a", new ArrayList<>());
        assertSame(a, a.andThen(TrainingListener.NONE));
        assertSame(a, TrainingListener.NONE.andThen(a));
    }
}
