package dev.neurona.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FloatArraysTest {
    @Test
    void everyBitArrivesAsSent() throws Exception {
        SplittableRandom random = new SplittableRandom(3);
        float[] odd = {
            0f, -0f, Float.MIN_VALUE, -Float.MAX_VALUE, Float.NEGATIVE_INFINITY, Float.intBitsToFloat(0x7fc01234)
        };
        float[] many = new float[10_001];
        for (int i = 0; i < many.length; i++) many[i] = Float.intBitsToFloat(random.nextInt());
        float[][] sent = {odd, new float[0], many};

        float[][] received = roundTrip(new FloatArrays(sent)).arrays();

        assertEquals(sent.length, received.length);
        for (int a = 0; a < sent.length; a++) {
            assertEquals(sent[a].length, received[a].length);
            for (int i = 0; i < sent[a].length; i++) {
                assertEquals(Float.floatToRawIntBits(sent[a][i]), Float.floatToRawIntBits(received[a][i]), a + "/" + i);
            }
        }
    }

    @Test
    void theSameArraysMakeTheSameBytesForEveryTask() throws IOException {
        FloatArrays shared = new FloatArrays(new float[][] {{1, 2, 3}, {4}});
        assertArrayEquals(serialize(shared), serialize(shared));
    }

    @Test
    void aDamagedCountIsRefusedBeforeAnythingIsAllocated() throws IOException {
        byte[] bytes = serialize(new FloatArrays(new float[][] {{1, 2}}));
        // The count of arrays follows the class description; make it negative.
        int at = indexOf(bytes, new byte[] {0, 0, 0, 1, 0, 0, 0, 2});
        bytes[at] = (byte) 0xff;
        assertThrows(InvalidObjectException.class, () -> deserialize(bytes));
    }

    private static FloatArrays roundTrip(FloatArrays arrays) throws IOException, ClassNotFoundException {
        return deserialize(serialize(arrays));
    }

    private static byte[] serialize(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    private static FloatArrays deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return (FloatArrays) in.readObject();
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) continue outer;
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
