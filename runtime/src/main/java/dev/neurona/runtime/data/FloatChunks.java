package dev.neurona.runtime.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of a fixed number of floats, appended one row at a time into chunks of
 * {@link #CHUNK_ROWS} rows, so that growing never copies what is already held.
 */
final class FloatChunks {
    static final int CHUNK_ROWS = 1 << 15;

    private final int width;
    private final List<float[]> chunks = new ArrayList<>();
    private float[] current;
    private int rows;

    FloatChunks(int width) {
        this.width = width;
    }

    /** Where the next row's {@code width} floats go in {@link #current()}, after making room for it. */
    int append() {
        int inChunk = rows % CHUNK_ROWS;
        if (inChunk == 0) {
            current = new float[CHUNK_ROWS * width];
            chunks.add(current);
        }
        rows++;
        return inChunk * width;
    }

    /** The chunk that the last {@link #append()} made room in. */
    float[] current() {
        return current;
    }

    int rows() {
        return rows;
    }

    /** The chunk holding {@code row}; the row starts at {@link #offset(int)} in it. */
    float[] chunkOf(int row) {
        return chunks.get(row / CHUNK_ROWS);
    }

    int offset(int row) {
        return row % CHUNK_ROWS * width;
    }
}
