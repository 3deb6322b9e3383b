package dev.neurona.runtime.data;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.jspecify.annotations.Nullable;

/**
 * The rows of another {@link CsvRows}, split on a second thread and handed over in batches, so
 * that splitting and the caller's work on the rows run on two cores. The caller sees the same rows
 * in the same order, and an exception of the other reader at the row where it would have come:
 * after every row before it, so that whatever the caller does row by row happens exactly as with
 * one thread.
 */
final class RowBatches implements CsvRows, AutoCloseable {
    private static final int BATCH_ROWS = 2048;
    private static final int BATCHES = 4;

    /** Rows copied out of the reader's buffer: each row's cells, rebased into {@code chars}. */
    private static final class Batch {
        char[] chars = new char[1 << 18];
        int charCount;
        int[] starts = new int[1 << 14];
        int[] ends = new int[1 << 14];
        int cellCount;
        final int[] firstCell = new int[BATCH_ROWS + 1];
        final long[] lines = new long[BATCH_ROWS];
        int rows;
        /** After the rows: the end of the text, or the reader's failure there. */
        boolean last;

        @Nullable
        Throwable failure;

        void clear() {
            charCount = 0;
            cellCount = 0;
            rows = 0;
            last = false;
            failure = null;
        }

        /** Copies the reader's current row. @return false when the batch is full */
        boolean add(CsvRows source) {
            int cells = source.cellCount();
            int from = cells == 0 ? 0 : source.start(0);
            int to = cells == 0 ? 0 : source.end(cells - 1);
            int span = to - from;
            if (rows > 0 && (charCount + span > chars.length || cellCount + cells > starts.length)) {
                return false;
            }
            if (charCount + span > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(chars.length * 2, span));
            }
            if (cellCount + cells > starts.length) {
                starts = Arrays.copyOf(starts, Math.max(starts.length * 2, cells));
                ends = Arrays.copyOf(ends, starts.length);
            }
            System.arraycopy(source.chars(), from, chars, charCount, span);
            int shift = charCount - from;
            for (int c = 0; c < cells; c++) {
                starts[cellCount + c] = source.start(c) + shift;
                ends[cellCount + c] = source.end(c) + shift;
            }
            firstCell[rows] = cellCount;
            lines[rows] = source.line();
            rows++;
            cellCount += cells;
            firstCell[rows] = cellCount;
            charCount += span;
            return true;
        }

        boolean isFull() {
            return rows == BATCH_ROWS;
        }
    }

    private final CsvRows source;
    private final BlockingQueue<Batch> full = new ArrayBlockingQueue<>(BATCHES);
    private final BlockingQueue<Batch> free = new ArrayBlockingQueue<>(BATCHES);
    private final Thread splitter;
    private @Nullable Batch current;
    private int row = -1;
    private int first;

    RowBatches(CsvRows source, String name) {
        this.source = source;
        for (int i = 0; i < BATCHES; i++) free.add(new Batch());
        splitter = new Thread(this::split, "csv rows " + name);
        splitter.setDaemon(true);
        splitter.start();
    }

    private void split() {
        try {
            Batch batch = free.take();
            batch.clear();
            boolean pending = false;
            while (true) {
                boolean more;
                try {
                    more = pending || source.next();
                } catch (Throwable e) {
                    batch.last = true;
                    batch.failure = e;
                    full.put(batch);
                    return;
                }
                pending = false;
                if (!more) {
                    batch.last = true;
                    full.put(batch);
                    return;
                }
                if (!batch.add(source)) {
                    pending = true;
                }
                if (pending || batch.isFull()) {
                    full.put(batch);
                    batch = free.take();
                    batch.clear();
                }
            }
        } catch (InterruptedException e) {
            // closed before the end: nothing more to split
        }
    }

    @Override
    public boolean next() throws IOException {
        row++;
        while (current == null || row == current.rows) {
            if (current != null) {
                if (current.last) {
                    return endOfRows();
                }
                free.add(current);
            }
            try {
                current = full.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading");
            }
            row = 0;
        }
        first = current.firstCell[row];
        return true;
    }

    /** The batch being read; there is one from the first {@link #next()} on. */
    private Batch held() {
        return Objects.requireNonNull(current, "no row read yet");
    }

    private boolean endOfRows() throws IOException {
        row = held().rows;
        Throwable failure = held().failure;
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return false;
    }

    @Override
    public char[] chars() {
        return held().chars;
    }

    @Override
    public int cellCount() {
        return held().firstCell[row + 1] - first;
    }

    @Override
    public int start(int cell) {
        return held().starts[first + cell];
    }

    @Override
    public int end(int cell) {
        return held().ends[first + cell];
    }

    @Override
    public long line() {
        return held().lines[row];
    }

    @Override
    public void close() {
        splitter.interrupt();
        try {
            splitter.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
