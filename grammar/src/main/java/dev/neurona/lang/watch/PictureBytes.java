package dev.neurona.lang.watch;

/**
 * Numbers as one byte per pixel for the page to draw: activations from their smallest (0) to
 * their largest (255) value, weights around zero (128) in proportion to the largest magnitude.
 */
final class PictureBytes {

    private PictureBytes() {}

    /** {@code count} values of {@code values} from {@code offset}, stretched over 0..255. */
    static byte[] stretched(float[] values, int offset, int count, float low, float high) {
        byte[] out = new byte[count];
        float span = high - low;
        for (int i = 0; i < count; i++) {
            float v = values[offset + i];
            int level = span > 0 && Float.isFinite(v) ? Math.round((v - low) / span * 255f) : 0;
            out[i] = (byte) Math.max(0, Math.min(255, level));
        }
        return out;
    }

    /** Weights centred: 0 is 128, {@code ±largest} are 0 and 255. */
    static byte[] centred(float[] values, float largest) {
        byte[] out = new byte[values.length];
        float scale = largest > 0 ? 127.5f / largest : 0;
        for (int i = 0; i < values.length; i++) {
            float v = Float.isFinite(values[i]) ? values[i] : 0;
            out[i] = (byte) Math.max(0, Math.min(255, Math.round(127.5f + v * scale)));
        }
        return out;
    }

    static float min(float[] values, int offset, int count) {
        float low = Float.POSITIVE_INFINITY;
        for (int i = offset; i < offset + count; i++) if (values[i] < low) low = values[i];
        return low;
    }

    static float max(float[] values, int offset, int count) {
        float high = Float.NEGATIVE_INFINITY;
        for (int i = offset; i < offset + count; i++) if (values[i] > high) high = values[i];
        return high;
    }

    static float largestMagnitude(float[] values) {
        float largest = 0;
        for (float v : values) if (Float.isFinite(v)) largest = Math.max(largest, Math.abs(v));
        return largest;
    }
}
