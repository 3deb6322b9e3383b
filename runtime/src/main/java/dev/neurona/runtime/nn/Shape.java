package dev.neurona.runtime.nn;

import java.util.List;

/**
 * What flows between two layers for one example: a vector of {@code channels} values, or a stack
 * of {@code channels} maps of {@code height × width}, held channels first (C·H·W, row-major), as
 * PyTorch and ONNX hold images.
 *
 * @param isMap whether height and width mean something; a vector has height and width 1
 */
public record Shape(int channels, int height, int width, boolean isMap) {
    public Shape {
        if (channels <= 0 || height <= 0 || width <= 0) {
            throw new ShapeException("a shape must be positive, got " + channels + "x" + height + "x" + width);
        }
        if ((long) channels * height * width > Integer.MAX_VALUE) {
            throw new ShapeException(channels + "x" + height + "x" + width + " is too large for one example");
        }
    }

    public static Shape vector(int size) {
        return new Shape(size, 1, 1, false);
    }

    public static Shape map(int channels, int height, int width) {
        return new Shape(channels, height, width, true);
    }

    /**
     * The shape an {@code input} line declares: {@code [n]} is a vector, {@code [h, w]} one map,
     * {@code [c, h, w]} a stack of maps; longer lists, which version 0.1 accepted, are vectors of
     * their product.
     */
    public static Shape ofInput(List<Integer> dims) {
        return switch (dims.size()) {
            case 1 -> vector(dims.get(0));
            case 2 -> map(1, dims.get(0), dims.get(1));
            case 3 -> map(dims.get(0), dims.get(1), dims.get(2));
            default -> vector(dims.stream().reduce(1, Math::multiplyExact));
        };
    }

    /** The number of values per example. */
    public int size() {
        return channels * height * width;
    }

    /** The values of one map (height × width), 1 for a vector. */
    public int area() {
        return height * width;
    }

    /** {@code 16x28x28} for maps, {@code 128} for a vector. */
    @Override
    public String toString() {
        return isMap ? channels + "x" + height + "x" + width : String.valueOf(channels);
    }
}
