package dev.neurona.lang.visual;

/**
 * A convolution's kernels, held as PyTorch holds them: filter, then input channel, then row and
 * column, so that the weight of filter {@code f} on channel {@code c} at {@code (y, x)} is
 * {@code weights[((f·channels + c)·kernel + y)·kernel + x]}.
 *
 * @param layer the layer's name, such as {@code conv1}
 */
public record Filters(String layer, float[] weights, int filters, int channels, int kernel) {

    public Filters {
        if (filters <= 0 || channels <= 0 || kernel <= 0) {
            throw new IllegalArgumentException(
                    "filters, channels and kernel must be positive, got " + filters + ", " + channels + ", " + kernel);
        }
        if (weights.length != filters * channels * kernel * kernel) {
            throw new IllegalArgumentException("expected " + filters + "×" + channels + "×" + kernel + "×" + kernel
                    + " weights, got " + weights.length);
        }
    }

    /** Where the kernel of filter {@code f} on channel {@code c} starts in {@link #weights}. */
    public int offset(int f, int c) {
        return (f * channels + c) * kernel * kernel;
    }

    /** {@code 16 kernels of 3x3 on 1 channel}. */
    public String describe() {
        return filters + (filters == 1 ? " kernel" : " kernels") + " of " + kernel + "x" + kernel + " on " + channels
                + (channels == 1 ? " channel" : " channels");
    }
}
