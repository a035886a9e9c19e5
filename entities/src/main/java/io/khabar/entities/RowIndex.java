package io.khabar.entities;

import java.util.function.IntPredicate;

/**
 * Where the rows of a packed weight table are: a bit per hashed feature, set when the feature has a row, and a running
 * count of the bits (rank), so that the rows of the features that have one lie densely in feature order. Shared by
 * {@link QuantizedModel} and {@link TwoPassModel}. Immutable.
 */
final class RowIndex {

    /** Bit {@code f} set when feature {@code f} has a row. */
    private final long[] present;
    /** Rows present before word {@code i} of {@link #present}. */
    private final int[] rankBefore;
    private final int rows;

    /** The index of the features {@code 0 .. features-1} for which {@code hasRow} holds. */
    RowIndex(int features, IntPredicate hasRow) {
        this.present = new long[(features + 63) >>> 6];
        for (int f = 0; f < features; f++) {
            if (hasRow.test(f)) {
                present[f >>> 6] |= 1L << (f & 63);
            }
        }
        this.rankBefore = new int[present.length];
        int count = 0;
        for (int word = 0; word < present.length; word++) {
            rankBefore[word] = count;
            count += Long.bitCount(present[word]);
        }
        this.rows = count;
    }

    /** Number of features that have a row. */
    int rows() {
        return rows;
    }

    /** The row of a feature, or -1 when it has none. */
    int row(int feature) {
        int word = feature >>> 6;
        long bitsOfWord = present[word];
        long bit = 1L << (feature & 63);
        if ((bitsOfWord & bit) == 0) {
            return -1;
        }
        return rankBefore[word] + Long.bitCount(bitsOfWord & (bit - 1));
    }
}
