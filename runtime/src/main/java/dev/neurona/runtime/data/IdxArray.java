package dev.neurona.runtime.data;

import java.util.Arrays;

/**
 * The contents of one IDX file of unsigned bytes: its dimensions (the first is the item count,
 * e.g. {@code [60000, 28, 28]} for images or {@code [60000]} for labels) and its values in
 * row-major order. The arrays are the reader's own; do not modify them.
 *
 * @param file   the file as named by the caller, for messages
 * @param dims   the dimensions from the file's header
 * @param values every value, row-major; read each as {@code values[i] & 0xff}
 */
public record IdxArray(String file, int[] dims, byte[] values) {

    /** The number of items: the first dimension. */
    public int count() {
        return dims[0];
    }

    /** The number of values per item: the product of every dimension but the first. */
    public int itemSize() {
        int size = 1;
        for (int d = 1; d < dims.length; d++) size *= dims[d];
        return size;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdxArray a
                && file.equals(a.file)
                && Arrays.equals(dims, a.dims)
                && Arrays.equals(values, a.values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * file.hashCode() + Arrays.hashCode(dims)) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "IdxArray[" + file + ", " + Arrays.toString(dims) + "]";
    }
}
