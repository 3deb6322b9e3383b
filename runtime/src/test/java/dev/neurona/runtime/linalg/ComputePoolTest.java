package dev.neurona.runtime.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ComputePoolTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void runsEveryTaskExactlyOnce(int threads) {
        try (ComputePool pool = new ComputePool(threads)) {
            for (int tasks : new int[] {0, 1, 2, 5, 1000}) {
                AtomicIntegerArray runs = new AtomicIntegerArray(tasks);
                pool.run(tasks, runs::incrementAndGet);
                for (int i = 0; i < tasks; i++) assertEquals(1, runs.get(i), "task " + i + " of " + tasks);
            }
        }
    }

    @Test
    void tasksRunOnSeveralThreadsAtOnce() {
        try (ComputePool pool = new ComputePool(3)) {
            CountDownLatch allStarted = new CountDownLatch(3);
            Set<Thread> threads = ConcurrentHashMap.newKeySet();
            pool.run(3, i -> {
                threads.add(Thread.currentThread());
                allStarted.countDown();
                await(allStarted);
            });
            assertEquals(3, threads.size());
            assertTrue(threads.contains(Thread.currentThread()), "the caller takes part");
        }
    }

    @Test
    void aTaskExceptionReachesTheCallerAndThePoolGoesOn() {
        try (ComputePool pool = new ComputePool(2)) {
            IllegalStateException thrown = assertThrows(
                    IllegalStateException.class,
                    () -> pool.run(100, i -> {
                        if (i == 37) throw new IllegalStateException("task 37 failed");
                    }));
            assertEquals("task 37 failed", thrown.getMessage());

            AtomicLong sum = new AtomicLong();
            pool.run(100, sum::addAndGet);
            assertEquals(4950, sum.get());
        }
    }

    @Test
    void anErrorInATaskIsRethrownAsItIs() {
        try (ComputePool pool = new ComputePool(2)) {
            AssertionError error = new AssertionError("bad");
            assertSame(
                    error,
                    assertThrows(
                            AssertionError.class,
                            () -> pool.run(4, i -> {
                                if (i == 3) throw error;
                            })));
        }
    }

    @Test
    void twoCallersCanShareAPool() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try (ComputePool pool = new ComputePool(2)) {
            List<Future<Long>> sums = new ArrayList<>();
            for (int c = 0; c < 2; c++) {
                sums.add(callers.submit(() -> {
                    long total = 0;
                    for (int round = 0; round < 500; round++) {
                        AtomicLong sum = new AtomicLong();
                        pool.run(64, sum::addAndGet);
                        total += sum.get();
                    }
                    return total;
                }));
            }
            for (Future<Long> sum : sums) assertEquals(500L * 2016, sum.get(30, TimeUnit.SECONDS));
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aTaskMayUseThePoolItRunsOn() {
        try (ComputePool pool = new ComputePool(2)) {
            AtomicLong sum = new AtomicLong();
            pool.run(4, i -> pool.run(10, sum::addAndGet));
            assertEquals(4 * 45, sum.get());
        }
    }

    @Test
    void anInterruptedCallerWaitsForItsTasksAndStaysInterrupted() {
        try (ComputePool pool = new ComputePool(2)) {
            AtomicIntegerArray runs = new AtomicIntegerArray(4);
            Thread.currentThread().interrupt();
            pool.run(4, i -> {
                sleepMillis(20);
                runs.incrementAndGet(i);
            });
            assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
            for (int i = 0; i < 4; i++) assertEquals(1, runs.get(i));
        }
    }

    @Test
    void aClosedPoolStillRunsTasksOnTheCaller() {
        ComputePool pool = new ComputePool(2);
        pool.close();
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        pool.run(10, i -> threads.add(Thread.currentThread()));
        assertEquals(Set.of(Thread.currentThread()), threads);
    }

    @Test
    void sizes() {
        assertEquals(
                Runtime.getRuntime().availableProcessors(), ComputePool.shared().threads());
        try (ComputePool pool = new ComputePool(3)) {
            assertEquals(3, pool.threads());
        }
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> new ComputePool(0));
        assertEquals("threads must be at least 1, got 0", thrown.getMessage());
    }

    private static void sleepMillis(long millis) {
        long until = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < until) Thread.onSpinWait();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) throw new AssertionError("tasks did not run in parallel");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
