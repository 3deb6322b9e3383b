package dev.neurona.runtime.data;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * One epoch of a streamed data set as batches, read from the file as they are asked for. Without
 * a random source the rows come in file order; with one, through a shuffle buffer: the buffer is
 * filled with the first rows, then each row of a batch is drawn from a random slot of the buffer,
 * whose place the next row of the file takes; at the end of the file the buffer is drained in
 * random order. The same random source gives the same order on every run. Holds the buffer and
 * one batch, however long the file; a batch allocates nothing.
 *
 * <p>Close it (or read it to its end and then close it) to stop the file's reader thread.
 */
public final class StreamBatches implements Iterator<Batch>, AutoCloseable {
    private final StreamRows source;
    private final String name;
    private final long expectedRows;
    private final int batchSize;
    private final SplittableRandom random;
    private final Batch batch;
    private final int width;
    private final float[] heldFeatures;
    private final int[] heldLabels;
    private final float[] heldTargets;
    private int held;
    private boolean started;
    private boolean exhausted;
    private long delivered;
    private boolean pending;

    StreamBatches(CsvStream stream, int part, String name, long rows, int batchSize, SplittableRandom random, int bufferRows) {
        if (batchSize < 1) throw new IllegalArgumentException("the batch size must be at least 1, not " + batchSize);
        this.name = name;
        this.expectedRows = rows;
        this.batchSize = (int) Math.min(batchSize, Math.max(rows, 1));
        this.random = random;
        this.width = stream.schema.featureCount();
        boolean classification = stream.schema.task() == Task.CLASSIFICATION;
        this.batch = new Batch(this.batchSize, width, classification);
        int capacity = random == null ? 0 : (int) Math.min(bufferRows, Math.max(rows, 1));
        this.heldFeatures = new float[capacity * width];
        this.heldLabels = classification && capacity > 0 ? new int[capacity] : null;
        this.heldTargets = !classification && capacity > 0 ? new float[capacity] : null;
        this.source = new StreamRows(stream, part);
    }

    @Override
    public boolean hasNext() {
        if (!pending) pending = fill();
        return pending;
    }

    @Override
    public Batch next() {
        if (!hasNext()) throw new NoSuchElementException("the epoch of '" + name + "' has no more batches");
        pending = false;
        return batch;
    }

    /** Fills the batch. @return false when there were no rows left */
    private boolean fill() {
        int count = random == null ? fromFile() : fromBuffer();
        batch.setRows(count);
        delivered += count;
        if (count == 0 && delivered != expectedRows) {
            throw new DataException("'" + name + "' gave " + delivered + " rows in this pass but "
                    + expectedRows + " in its first pass; the file changed after its first pass");
        }
        return count > 0;
    }

    private int fromFile() {
        int count = 0;
        while (count < batchSize && !exhausted) {
            if (source.next(batch.features(), batch.labelSlots(), batch.targetSlots(), count)) count++;
            else exhausted = true;
        }
        return count;
    }

    private int fromBuffer() {
        if (!started) {
            started = true;
            int capacity = heldLabels != null ? heldLabels.length : heldTargets.length;
            while (held < capacity && source.next(heldFeatures, heldLabels, heldTargets, held)) held++;
            if (held < capacity) exhausted = true;
        }
        int count = 0;
        while (count < batchSize && held > 0) {
            int slot = random.nextInt(held);
            System.arraycopy(heldFeatures, slot * width, batch.features(), count * width, width);
            if (heldLabels != null) batch.labelSlots()[count] = heldLabels[slot];
            else batch.targetSlots()[count] = heldTargets[slot];
            count++;
            if (!exhausted && source.next(heldFeatures, heldLabels, heldTargets, slot)) continue;
            exhausted = true;
            held--;
            if (slot != held) {
                System.arraycopy(heldFeatures, held * width, heldFeatures, slot * width, width);
                if (heldLabels != null) heldLabels[slot] = heldLabels[held];
                else heldTargets[slot] = heldTargets[held];
            }
        }
        return count;
    }

    @Override
    public void close() {
        source.close();
    }
}
