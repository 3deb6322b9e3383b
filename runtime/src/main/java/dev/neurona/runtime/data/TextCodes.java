package dev.neurona.runtime.data;

import java.util.Arrays;

/**
 * The distinct texts of a column, each given a code in order of first appearance, looked up from
 * characters in a buffer so that a text already seen makes no String. Holds at most
 * {@code capacity} texts; {@link #code} says when one more would not fit.
 */
final class TextCodes {
    /** What {@link #code} returns for a new text beyond the capacity. */
    static final int FULL = -1;

    private final int capacity;
    private String[] texts = new String[16];
    private int[] hashes = new int[16];
    /** Open addressing: a slot holds a code + 1, or 0 when empty. */
    private int[] slots = new int[32];

    private int size;

    TextCodes(int capacity) {
        this.capacity = capacity;
    }

    /** The code of {@code chars[start, end)}, adding it when new; {@link #FULL} when there is no room. */
    int code(char[] chars, int start, int end) {
        int hash = hash(chars, start, end);
        int mask = slots.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int held = slots[slot];
            if (held == 0) {
                if (size == capacity) {
                    return FULL;
                }
                return add(new String(chars, start, end - start), hash, slot);
            }
            int code = held - 1;
            if (hashes[code] == hash && equals(texts[code], chars, start, end)) {
                return code;
            }
        }
    }

    /** The code of {@code chars[start, end)}, or -1 when it is not held; never adds. */
    int find(char[] chars, int start, int end) {
        int hash = hash(chars, start, end);
        int mask = slots.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int held = slots[slot];
            if (held == 0) {
                return -1;
            }
            int code = held - 1;
            if (hashes[code] == hash && equals(texts[code], chars, start, end)) {
                return code;
            }
        }
    }

    int size() {
        return size;
    }

    String text(int code) {
        return texts[code];
    }

    private int add(String text, int hash, int slot) {
        if (size == texts.length) {
            texts = Arrays.copyOf(texts, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        texts[size] = text;
        hashes[size] = hash;
        slots[slot] = size + 1;
        size++;
        if (size * 2 > slots.length) {
            rehash();
        }
        return size - 1;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int code = 0; code < size; code++) {
            int slot = hashes[code] & mask;
            while (slots[slot] != 0) slot = (slot + 1) & mask;
            slots[slot] = code + 1;
        }
    }

    private static int hash(char[] chars, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) h = 31 * h + chars[i];
        return h ^ (h >>> 16);
    }

    private static boolean equals(String text, char[] chars, int start, int end) {
        if (text.length() != end - start) {
            return false;
        }
        for (int i = 0; i < text.length(); i++)
            if (text.charAt(i) != chars[start + i]) {
                return false;
            }
        return true;
    }
}
