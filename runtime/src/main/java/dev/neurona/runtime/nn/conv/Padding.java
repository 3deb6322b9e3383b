package dev.neurona.runtime.nn.conv;

import java.util.Locale;

/**
 * How a window meets the border, as Keras and TensorFlow define it. {@code valid}: the window
 * stays inside, ⌊(H − K)/S⌋ + 1 positions. {@code same}: ⌈H/S⌉ positions, zeros added around, half
 * before and the rest (the odd one) after, so stride 1 keeps H×W.
 */
public enum Padding {
    VALID,
    SAME;

    /** Positions of a {@code kernel}-wide window along a side of {@code size} at {@code stride}; 0 when none fits. */
    public int outputSize(int size, int kernel, int stride) {
        return switch (this) {
            case VALID -> size < kernel ? 0 : (size - kernel) / stride + 1;
            case SAME -> (size + stride - 1) / stride;
        };
    }

    /** Zeros added before the first row (or column) of a side. */
    public int before(int size, int kernel, int stride) {
        if (this == VALID) {
            return 0;
        }
        int total = Math.max((outputSize(size, kernel, stride) - 1) * stride + kernel - size, 0);
        return total / 2;
    }

    /** The keyword in scripts: {@code valid}, {@code same}. */
    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }
}
