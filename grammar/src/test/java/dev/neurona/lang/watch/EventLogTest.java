package dev.neurona.lang.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class EventLogTest {

    @Test
    void readsFromWhereTheReaderLeftOff() {
        EventLog log = new EventLog(10);
        log.append("a");
        log.append("b");
        assertEquals(List.of("a", "b"), log.since(0));
        log.append("c");
        assertEquals(List.of("c"), log.since(2));
        assertEquals(List.of(), log.since(3));
    }

    @Test
    void dropsWhatDoesNotFitAndCountsIt() {
        EventLog log = new EventLog(2);
        assertTrue(log.append("a"));
        assertTrue(log.append("b"));
        assertFalse(log.append("c"));
        assertFalse(log.append("d"));
        assertEquals(List.of("a", "b"), log.since(0));
        assertEquals(2, log.dropped());
    }

    @Test
    void keepsOnlyTheNewestPicture() {
        EventLog log = new EventLog(2);
        assertNull(log.latestPicture());
        log.picture("{\"n\":1}");
        log.picture("{\"n\":2}");
        assertEquals(new EventLog.Picture(2, "{\"n\":2}"), log.latestPicture());
    }

    @Test
    void loosesNoEventWrittenFromManyThreadsAtOnce() throws InterruptedException {
        EventLog log = new EventLog(40_000);
        CountDownLatch go = new CountDownLatch(1);
        Thread[] writers = new Thread[4];
        for (int w = 0; w < writers.length; w++) {
            int id = w;
            writers[w] = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < 10_000; i++) log.append(id + ":" + i);
            });
            writers[w].start();
        }
        go.countDown();
        for (Thread writer : writers) writer.join();
        List<String> all = log.since(0);
        assertEquals(40_000, all.size());
        assertEquals(40_000, all.stream().distinct().count());
    }
}
