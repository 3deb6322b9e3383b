package dev.neurona.runtime.nn.conv;

import java.util.Arrays;

/**
 * The geometry of a convolution on one example, and the two copies that turn it into a matrix
 * product. {@link #unfold} writes the example's patches as a C·K·K × P matrix: row (c, ky, kx) —
 * the order of a PyTorch weight {@code [F][C][K][K]} — holds, for every output position, the
 * input value under that cell of the window (zero where the window hangs over the border).
 * {@link #fold} adds such a matrix back onto the input positions it came from: the adjoint of
 * {@code unfold}. Rows are filled a map row at a time, so at stride 1 each is one bulk copy.
 */
final class Im2col {
    final int channels;
    final int height;
    final int width;
    final int kernel;
    final int stride;
    final int outHeight;
    final int outWidth;
    final int padTop;
    final int padLeft;

    Im2col(int channels, int height, int width, int kernel, int stride, Padding padding) {
        this.channels = channels;
        this.height = height;
        this.width = width;
        this.kernel = kernel;
        this.stride = stride;
        this.outHeight = padding.outputSize(height, kernel, stride);
        this.outWidth = padding.outputSize(width, kernel, stride);
        this.padTop = padding.before(height, kernel, stride);
        this.padLeft = padding.before(width, kernel, stride);
    }

    /** Output positions of one example. */
    int positions() {
        return outHeight * outWidth;
    }

    /** Values under one window: C·K·K. */
    int patch() {
        return channels * kernel * kernel;
    }

    /** The first output column whose window cell {@code kx} falls inside the map. */
    private int firstColumn(int kx) {
        int offset = padLeft - kx; // input column = ox·S − offset
        return offset <= 0 ? 0 : Math.min(outWidth, (offset + stride - 1) / stride);
    }

    /** One past the last output column whose window cell {@code kx} falls inside the map. */
    private int lastColumn(int kx) {
        int limit = width - 1 + padLeft - kx; // ox·S ≤ limit
        return limit < 0 ? 0 : Math.min(outWidth, limit / stride + 1);
    }

    /** Writes example {@code in[inOffset ..]}'s patches to {@code cols} (C·K·K × P, from 0). */
    void unfold(float[] in, int inOffset, float[] cols) {
        int positions = positions();
        int row = 0;
        for (int c = 0; c < channels; c++) {
            int plane = inOffset + c * height * width;
            for (int ky = 0; ky < kernel; ky++) {
                for (int kx = 0; kx < kernel; kx++, row += positions) {
                    int from = firstColumn(kx);
                    int to = Math.max(from, lastColumn(kx));
                    for (int oy = 0; oy < outHeight; oy++) {
                        int o = row + oy * outWidth;
                        int iy = oy * stride - padTop + ky;
                        if (iy < 0 || iy >= height) {
                            Arrays.fill(cols, o, o + outWidth, 0f);
                            continue;
                        }
                        for (int ox = 0; ox < from; ox++) cols[o + ox] = 0f;
                        int source = plane + iy * width - padLeft + kx;
                        if (stride == 1) {
                            System.arraycopy(in, source + from, cols, o + from, to - from);
                        } else {
                            for (int ox = from; ox < to; ox++) cols[o + ox] = in[source + ox * stride];
                        }
                        for (int ox = to; ox < outWidth; ox++) cols[o + ox] = 0f;
                    }
                }
            }
        }
    }

    /** Adds {@code cols} (C·K·K × P, from 0) onto example {@code out[outOffset ..]}, which it zeroes first. */
    void fold(float[] cols, float[] out, int outOffset) {
        Arrays.fill(out, outOffset, outOffset + channels * height * width, 0f);
        int positions = positions();
        int row = 0;
        for (int c = 0; c < channels; c++) {
            int plane = outOffset + c * height * width;
            for (int ky = 0; ky < kernel; ky++) {
                for (int kx = 0; kx < kernel; kx++, row += positions) {
                    int from = firstColumn(kx);
                    int to = lastColumn(kx);
                    for (int oy = 0; oy < outHeight; oy++) {
                        int iy = oy * stride - padTop + ky;
                        if (iy < 0 || iy >= height) {
                            continue;
                        }
                        int o = row + oy * outWidth;
                        int target = plane + iy * width - padLeft + kx;
                        if (stride == 1) {
                            for (int ox = from; ox < to; ox++) out[target + ox] += cols[o + ox];
                        } else {
                            for (int ox = from; ox < to; ox++) out[target + ox * stride] += cols[o + ox];
                        }
                    }
                }
            }
        }
    }
}
