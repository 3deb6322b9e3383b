package dev.neurona.lang.watch;

import dev.neurona.runtime.linalg.ComputePool;
import dev.neurona.runtime.nn.Network;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Draws the network's pictures on a thread of its own, from a copy of the weights: between two
 * batches the training thread copies the weights into a buffer made once (one array copy, no
 * allocation) when the previous copy has been taken, and goes on; this thread loads the copy into
 * a twin network of the same spec and computes the activations there. A copy offered while the
 * last one is still being loaded is simply not made, so training never waits.
 */
final class PictureTaker implements AutoCloseable {
    private final Network live;
    private final Network twin;
    private final ComputePool twinPool = new ComputePool(1);
    private final float[][] copy;
    private final NetworkPictures pictures;
    private final EventLog log;
    private final String model;
    private final AtomicBoolean copyPending = new AtomicBoolean();
    private final Thread thread;
    private volatile boolean closed;
    private volatile int epoch;
    private volatile int batch;

    PictureTaker(Network live, NetworkPictures pictures, EventLog log, String model) {
        this.live = live;
        this.twin = new Network(live.spec(), 0, twinPool);
        this.copy = live.copyWeights();
        this.pictures = pictures;
        this.log = log;
        this.model = model;
        this.thread = new Thread(this::loop, "nn-watch-pictures");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * On the training thread, between batches: copies the weights for a picture unless the
     * previous copy is still waiting. Returns whether it copied.
     */
    boolean offer(int epoch, int batch) {
        if (!copyPending.compareAndSet(false, true)) return false;
        live.copyWeightsInto(copy);
        this.epoch = epoch;
        this.batch = batch;
        LockSupport.unpark(thread);
        return true;
    }

    /** Takes the last pending picture, then ends the thread. */
    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(thread);
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        twinPool.close();
    }

    private void loop() {
        while (true) {
            if (copyPending.get()) {
                int e = epoch;
                int b = batch;
                twin.setWeights(copy);
                copyPending.set(false);
                try {
                    log.picture(pictures.draw(twin, model, e, b));
                } catch (RuntimeException failed) {
                    // a picture is a nicety: never let it end the watch; the next copy tries again
                }
            } else if (closed) {
                return;
            } else {
                LockSupport.park(this);
            }
        }
    }
}
