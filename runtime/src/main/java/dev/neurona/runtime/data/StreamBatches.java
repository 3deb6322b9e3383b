package dev.neurona.runtime.data;

import dev.neurona.runtime.i18n.Text;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.jspecify.annotations.Nullable;

/**
 * One epoch of a streamed data set as batches, read from the file as they are asked for. Without
 * a random source the rows come in file order; with one, through a shuffle buffer: the buffer is
 * filled with the first rows, then each row of a batch is drawn from a random slot of the buffer,
 * whose place the next row of the file takes; at the end of the file the buffer is drained in
 * random order. The same random source gives the same order on every run. Holds the buffer and
 * a few batches, however long the file; a batch allocates nothing.
 *
 * <p>The batches are read ahead on a thread of their own, so that reading the file overlaps the
 * caller's work on the last batch; they come in exactly the order one thread would make them,
 * and a reading failure comes at the batch where it happened. Close it (or read it to its end and
 * then close it) to stop the reading threads.
 */
public final class StreamBatches implements Iterator<Batch>, AutoCloseable {
    private final StreamRows source;
    private final String name;
    private final long expectedRows;
    private final int batchSize;
    private final @Nullable SplittableRandom random;
    /** Batches read ahead: filled ones wait in {@code full}, {@link #END} after the last; {@code free} ones wait to be filled. */
    private static final int AHEAD = 3;

    private final BlockingQueue<Batch> free = new ArrayBlockingQueue<>(AHEAD);
    private final BlockingQueue<Batch> full = new ArrayBlockingQueue<>(AHEAD + 1);
    private final Batch end;
    private final Thread reader;
    /** Why reading stopped early; written before {@link #end} is queued. */
    private @Nullable Throwable failure;

    private @Nullable Batch current;
    private @Nullable Batch waiting;
    private boolean ended;
    private final int width;
    private final float[] heldFeatures;
    private final int @Nullable [] heldLabels;
    private final float @Nullable [] heldTargets;
    private int held;
    private boolean started;
    private boolean exhausted;
    private long delivered;

    StreamBatches(
            CsvStream stream,
            int part,
            String name,
            long rows,
            int batchSize,
            @Nullable SplittableRandom random,
            int bufferRows) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("the batch size must be at least 1, not " + batchSize);
        }
        this.name = name;
        this.expectedRows = rows;
        this.batchSize = (int) Math.min(batchSize, Math.max(rows, 1));
        this.random = random;
        this.width = stream.schema.featureCount();
        boolean classification = stream.schema.task() == Task.CLASSIFICATION;
        for (int i = 0; i < AHEAD; i++) free.add(new Batch(this.batchSize, width, classification));
        this.end = new Batch(0, width, classification);
        int capacity = random == null ? 0 : (int) Math.min(bufferRows, Math.max(rows, 1));
        this.heldFeatures = new float[capacity * width];
        this.heldLabels = classification && capacity > 0 ? new int[capacity] : null;
        this.heldTargets = !classification && capacity > 0 ? new float[capacity] : null;
        this.source = new StreamRows(stream, part);
        this.reader = new Thread(this::readAhead, "batches " + name);
        reader.setDaemon(true);
        reader.start();
    }

    private void readAhead() {
        try {
            while (true) {
                Batch batch = free.take();
                boolean more;
                try {
                    more = fill(batch);
                } catch (Throwable e) {
                    failure = e;
                    more = false;
                }
                if (!more) {
                    full.put(end);
                    return;
                }
                full.put(batch);
            }
        } catch (InterruptedException e) {
            // closed before the end: nothing more to read
        }
    }

    @Override
    public boolean hasNext() {
        if (waiting == null && !ended) {
            Batch batch;
            try {
                batch = full.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DataException(Text.of("stream.interrupted", name));
            }
            if (batch == end) {
                ended = true;
                rethrow();
            } else {
                waiting = batch;
            }
        }
        return waiting != null;
    }

    private void rethrow() {
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure != null) {
            throw new DataException(Text.of("stream.unreadable", name, String.valueOf(failure)), failure);
        }
    }

    /** The next batch; the one before goes back to be refilled, so read each before asking for the next. */
    @Override
    public Batch next() {
        Batch next = hasNext() ? waiting : null; // hasNext reads the next batch into waiting
        if (next == null) {
            throw new NoSuchElementException("the epoch of '" + name + "' has no more batches");
        }
        if (current != null) {
            free.add(current);
        }
        current = next;
        waiting = null;
        return next;
    }

    /** Fills {@code batch}. @return false when there were no rows left */
    private boolean fill(Batch batch) {
        int count = random == null ? fromFile(batch) : fromBuffer(batch, random);
        batch.setRows(count);
        delivered += count;
        if (count == 0 && delivered != expectedRows) {
            throw new DataException(
                    Text.of("stream.rows_changed", name, String.valueOf(delivered), String.valueOf(expectedRows)));
        }
        return count > 0;
    }

    private int fromFile(Batch batch) {
        int count = 0;
        while (count < batchSize && !exhausted) {
            if (source.next(batch.features(), batch.labelSlots(), batch.targetSlots(), count)) {
                count++;
            } else {
                exhausted = true;
            }
        }
        return count;
    }

    private int fromBuffer(Batch batch, SplittableRandom random) {
        if (!started) {
            started = true;
            int capacity = heldLabels != null ? heldLabels.length : heldTargets != null ? heldTargets.length : 0;
            while (held < capacity && source.next(heldFeatures, heldLabels, heldTargets, held)) held++;
            if (held < capacity) {
                exhausted = true;
            }
        }
        int count = 0;
        while (count < batchSize && held > 0) {
            int slot = random.nextInt(held);
            System.arraycopy(heldFeatures, slot * width, batch.features(), count * width, width);
            int[] labelSlots = batch.labelSlots(); // held and batch are of the same task
            float[] targetSlots = batch.targetSlots();
            if (heldLabels != null && labelSlots != null) {
                labelSlots[count] = heldLabels[slot];
            } else if (heldTargets != null && targetSlots != null) {
                targetSlots[count] = heldTargets[slot];
            }
            count++;
            if (!exhausted && source.next(heldFeatures, heldLabels, heldTargets, slot)) {
                continue;
            }
            exhausted = true;
            held--;
            if (slot != held) {
                System.arraycopy(heldFeatures, held * width, heldFeatures, slot * width, width);
                if (heldLabels != null) {
                    heldLabels[slot] = heldLabels[held];
                } else if (heldTargets != null) {
                    heldTargets[slot] = heldTargets[held];
                }
            }
        }
        return count;
    }

    @Override
    public void close() {
        reader.interrupt();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        source.close();
    }
}
