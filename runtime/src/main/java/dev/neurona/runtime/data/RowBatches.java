package dev.neurona.runtime.data;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The rows of another {@link CsvRows}, split on a second thread and handed over in batches, so
 * that splitting and the caller's work on the rows run on two cores. The caller sees the same rows
 * in the same order, and an exception of the other reader at the row where it would have come:
 * after every row before it, so that whatever the caller does row by row happens exactly as with
 * one thread.
 *
 * <p>Parsing numbers is most of a load's work, so the splitting thread takes a share of it: of
 * the columns given to {@link #parseAhead}, it parses the first few as {@link #number} would,
 * and {@link #number} hands back that value. How many is balanced batch by batch: one more when
 * the splitting thread had to wait for the caller, one fewer when the caller had to wait for it.
 * A cell's value depends on its characters alone, so the caller sees the same doubles however
 * the work was shared.
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
        /** Per cell, where its characters start and end without the blanks around them. */
        int[] trimmedStarts = new int[1 << 14];

        int[] trimmedEnds = new int[1 << 14];
        /** Per cell, its value when its column was parsed ahead ({@link #ranks}). */
        double[] values = new double[1 << 14];
        /** Each column's place among those that may be parsed ahead ({@link #parseAhead}), or null. */
        int @Nullable [] ranks;
        /** The columns of rank below this are parsed ahead in this batch. */
        int parsedBelow;

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
            ranks = null;
            parsedBelow = 0;
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
                trimmedStarts = Arrays.copyOf(trimmedStarts, starts.length);
                trimmedEnds = Arrays.copyOf(trimmedEnds, starts.length);
                values = Arrays.copyOf(values, starts.length);
            }
            System.arraycopy(source.chars(), from, chars, charCount, span);
            int shift = charCount - from;
            for (int c = 0; c < cells; c++) {
                int start = source.start(c) + shift;
                int end = source.end(c) + shift;
                starts[cellCount + c] = start;
                ends[cellCount + c] = end;
                while (start < end && chars[start] <= ' ') start++;
                while (end > start && chars[end - 1] <= ' ') end--;
                trimmedStarts[cellCount + c] = start;
                trimmedEnds[cellCount + c] = end;
            }
            int[] ranked = ranks;
            if (parsedBelow > 0 && ranked != null) {
                for (int c = 0; c < cells && c < ranked.length; c++)
                    if (ranked[c] < parsedBelow) {
                        int cell = cellCount + c;
                        values[cell] = NumberSyntax.value(chars, trimmedStarts[cell], trimmedEnds[cell]);
                    }
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
    /** Per column, its place among those that may be parsed ahead, for the batches started from now on. */
    private volatile int @Nullable [] ranks;
    /** How many of them the splitting thread parses now: moved by whichever thread had to wait. */
    private final AtomicInteger share = new AtomicInteger();
    /** How many columns may be parsed ahead; set with {@link #ranks}, which publishes it. */
    private int columnsAhead;

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
            Batch batch = nextFree();
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
                    batch = nextFree();
                }
            }
        } catch (InterruptedException e) {
            // closed before the end: nothing more to split
        }
    }

    /** A batch to fill; taking more of the parsing when the caller is the slower one. */
    private Batch nextFree() throws InterruptedException {
        Batch batch = free.poll();
        int[] held = ranks;
        if (batch == null) {
            if (held != null) {
                share.updateAndGet(n -> Math.min(n + 1, columnsAhead));
            }
            batch = free.take();
        }
        batch.clear();
        batch.ranks = held;
        batch.parsedBelow = held == null ? 0 : share.get();
        return batch;
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
                current = full.poll();
                if (current == null) {
                    share.updateAndGet(n -> Math.max(n - 1, 0));
                    current = full.take();
                }
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

    /**
     * Lets the splitting thread parse the cells of these columns (indices from 0, the first given
     * first), from its next batch on, so that {@link #number} finds their values ready.
     *
     * @param columnCount how many columns a row has
     */
    void parseAhead(int columnCount, int[] columns) {
        int[] held = new int[columnCount];
        Arrays.fill(held, Integer.MAX_VALUE);
        for (int k = 0; k < columns.length; k++) held[columns[k]] = Math.min(held[columns[k]], k);
        columnsAhead = columns.length;
        share.set(columns.length / 2);
        ranks = held;
    }

    @Override
    public double number(int cell, int start, int end) {
        Batch batch = held();
        int[] ranked = batch.ranks;
        if (ranked != null && cell < ranked.length && ranked[cell] < batch.parsedBelow) {
            return batch.values[first + cell];
        }
        return NumberSyntax.value(batch.chars, start, end);
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
    public int trimmedStart(int cell) {
        return held().trimmedStarts[first + cell];
    }

    @Override
    public int trimmedEnd(int cell) {
        return held().trimmedEnds[first + cell];
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
