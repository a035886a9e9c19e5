package io.khabar.entities;

import java.util.function.IntPredicate;

/**
 * Where the rows of a packed weight table are: a bit per hashed feature, set when the feature has a row, and a running
 * count of the bits (rank), so that the rows of the features that have one lie densely in feature order. Shared by
 * {@link QuantizedModel} and {@link TwoPassModel}. Immutable.
 */
final class RowIndex {

    /**
     * Per word of 64 features: at {@code 2w} its bits (bit {@code f & 63} set when feature {@code f} has a row), at
     * {@code 2w + 1} the rows present before it (its rank). Side by side, so that a lookup reads one cache line.
     */
    private final long[] words;
    private final int rows;

    /** The index of the features {@code 0 .. features-1} for which {@code hasRow} holds. */
    RowIndex(int features, IntPredicate hasRow) {
        this.words = new long[2 * ((features + 63) >>> 6)];
        for (int f = 0; f < features; f++) {
            if (hasRow.test(f)) {
                words[2 * (f >>> 6)] |= 1L << (f & 63);
            }
        }
        int count = 0;
        for (int w = 0; w < words.length; w += 2) {
            words[w + 1] = count;
            count += Long.bitCount(words[w]);
        }
        this.rows = count;
    }

    /** Number of features that have a row. */
    int rows() {
        return rows;
    }

    /** The row of a feature, or -1 when it has none. */
    int row(int feature) {
        int w = 2 * (feature >>> 6);
        long bitsOfWord = words[w];
        long bit = 1L << (feature & 63);
        if ((bitsOfWord & bit) == 0) {
            return -1;
        }
        return (int) words[w + 1] + Long.bitCount(bitsOfWord & (bit - 1));
    }
}
