package dev.neurona.runtime.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Rows of a fixed number of floats, appended one row at a time into chunks of about a million
 * floats, so that growing never copies what is already held.
 */
final class FloatChunks {
    private static final int CHUNK_FLOATS = 1 << 20;

    private final int width;
    private final int chunkRows;
    private final List<float[]> chunks = new ArrayList<>();
    private float @Nullable [] current;
    private int rows;

    FloatChunks(int width) {
        this.width = width;
        this.chunkRows = Math.max(1, CHUNK_FLOATS / Math.max(1, width));
    }

    /** Where the next row's {@code width} floats go in {@link #current()}, after making room for it. */
    int append() {
        int inChunk = rows % chunkRows;
        if (inChunk == 0) {
            current = new float[chunkRows * width];
            chunks.add(current);
        }
        rows++;
        return inChunk * width;
    }

    /** The chunk that the last {@link #append()} made room in. */
    float[] current() {
        return Objects.requireNonNull(current, "no row appended yet");
    }

    int rows() {
        return rows;
    }

    /** The chunk holding {@code row}; the row starts at {@link #offset(int)} in it. */
    float[] chunkOf(int row) {
        return chunks.get(row / chunkRows);
    }

    int offset(int row) {
        return row % chunkRows * width;
    }
}
