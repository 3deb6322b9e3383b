package dev.neurona.spark;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Float arrays on their way between the driver and the executors, written as one block of bytes: Java serialization
 * writes a {@code float[]} number by number, a {@code byte[]} in one copy. The bytes are made
 * once however many tasks carry the same arrays (each task is serialized on its own); every bit
 * of every float arrives as sent.
 */
final class FloatArrays implements Serializable {
    private static final long serialVersionUID = 1L;

    private transient float[][] arrays;
    private transient byte @Nullable [] encoded;

    FloatArrays(float[][] arrays) {
        this.arrays = arrays;
    }

    /** The arrays, as given (on the driver) or as decoded (on an executor). */
    float[][] arrays() {
        return arrays;
    }

    private synchronized byte[] encoded() {
        if (encoded == null) {
            long total = 0;
            for (float[] array : arrays) total += array.length;
            ByteBuffer bytes =
                    ByteBuffer.allocate(Math.toIntExact(total * Float.BYTES)).order(ByteOrder.LITTLE_ENDIAN);
            FloatBuffer floats = bytes.asFloatBuffer();
            for (float[] array : arrays) floats.put(array);
            encoded = bytes.array();
        }
        return encoded;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        out.writeInt(arrays.length);
        for (float[] array : arrays) out.writeInt(array.length);
        out.write(encoded());
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        int count = in.readInt();
        if (count < 0) throw new InvalidObjectException("a negative count of float arrays: " + count);
        int[] lengths = new int[Math.min(count, 1 << 16)];
        long total = 0;
        for (int i = 0; i < count; i++) {
            if (i == lengths.length) lengths = Arrays.copyOf(lengths, Math.min(count, lengths.length * 2));
            lengths[i] = in.readInt();
            if (lengths[i] < 0) throw new InvalidObjectException("a float array of negative length: " + lengths[i]);
            total += lengths[i];
        }
        if (total * Float.BYTES > Integer.MAX_VALUE - 8)
            throw new InvalidObjectException("float arrays of " + total + " numbers in all: more than one block holds");
        byte[] bytes = new byte[(int) total * Float.BYTES];
        in.readFully(bytes);
        FloatBuffer floats =
                ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
        arrays = new float[count][];
        for (int i = 0; i < count; i++) {
            arrays[i] = new float[lengths[i]];
            floats.get(arrays[i]);
        }
    }
}
