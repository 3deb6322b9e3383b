package dev.neurona.runtime.nn.conv;

import java.util.Arrays;

/**
 * The geometry of a convolution on one example, and the two copies that turn it into a matrix
 * product. {@link #unfold} writes one row per output position holding the C·K·K input values
 * under the window (zeros where it hangs over the border), ordered channel, kernel row, kernel
 * column — the order of a PyTorch weight {@code [F][C][K][K]}. {@link #fold} adds such rows
 * back onto the input positions they came from: the adjoint of {@code unfold}.
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

    /** Writes example {@code in[inOffset ..]}'s patches to {@code cols[colsOffset ..]}, one row per position. */
    void unfold(float[] in, int inOffset, float[] cols, int colsOffset) {
        int patch = patch();
        int row = colsOffset;
        for (int oy = 0; oy < outHeight; oy++) {
            int top = oy * stride - padTop;
            for (int ox = 0; ox < outWidth; ox++, row += patch) {
                int left = ox * stride - padLeft;
                int kxFrom = Math.max(0, -left);
                int kxTo = Math.min(kernel, width - left);
                int o = row;
                for (int c = 0; c < channels; c++) {
                    int plane = inOffset + c * height * width;
                    for (int ky = 0; ky < kernel; ky++, o += kernel) {
                        int iy = top + ky;
                        if (iy < 0 || iy >= height || kxFrom >= kxTo) {
                            Arrays.fill(cols, o, o + kernel, 0f);
                            continue;
                        }
                        if (kxFrom > 0) Arrays.fill(cols, o, o + kxFrom, 0f);
                        System.arraycopy(in, plane + iy * width + left + kxFrom, cols, o + kxFrom, kxTo - kxFrom);
                        if (kxTo < kernel) Arrays.fill(cols, o + kxTo, o + kernel, 0f);
                    }
                }
            }
        }
    }

    /** Adds the patch rows at {@code cols[colsOffset ..]} onto example {@code out[outOffset ..]}, which it zeroes first. */
    void fold(float[] cols, int colsOffset, float[] out, int outOffset) {
        Arrays.fill(out, outOffset, outOffset + channels * height * width, 0f);
        int patch = patch();
        int row = colsOffset;
        for (int oy = 0; oy < outHeight; oy++) {
            int top = oy * stride - padTop;
            for (int ox = 0; ox < outWidth; ox++, row += patch) {
                int left = ox * stride - padLeft;
                int kxFrom = Math.max(0, -left);
                int kxTo = Math.min(kernel, width - left);
                int o = row;
                for (int c = 0; c < channels; c++) {
                    int plane = outOffset + c * height * width;
                    for (int ky = 0; ky < kernel; ky++, o += kernel) {
                        int iy = top + ky;
                        if (iy < 0 || iy >= height) continue;
                        int target = plane + iy * width + left;
                        for (int kx = kxFrom; kx < kxTo; kx++) out[target + kx] += cols[o + kx];
                    }
                }
            }
        }
    }
}
