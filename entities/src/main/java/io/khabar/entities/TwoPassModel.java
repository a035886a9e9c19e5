package io.khabar.entities;

import java.util.Arrays;

/**
 * The two shipped passes ({@link QuantizedModel}s, {@link QuantizedModel#compact compacted} to 8-bit weights) in one
 * table, for tagging. The second pass scores each token with
 * the same base features as the first plus 7 document features; its base-feature part does not depend on the first
 * pass's labels, so it is summed in the same row reads as the first pass: a row holds the first pass's {@code L}
 * weights followed by the second pass's, and the second pass then reads only the rows of its document features.
 * About half the row reads of decoding the passes one after the other (the reads, not the arithmetic, are the cost
 * of tagging), and exactly the same labels: sums are integers, scaled once per label as in {@link QuantizedModel}.
 * Immutable; thread-safe.
 */
final class TwoPassModel {

    private static final int L = Labels.COUNT;
    private static final int ROW = 2 * L;

    private final int baseTemplates;
    private final int allTemplates;
    /** Which features have a weight in either pass, and the row of each. */
    private final RowIndex index;
    /** Per present row: the first pass's {@code L} weights, then the second pass's (18 bytes a row). */
    private final byte[] rows;
    private final float firstScale;
    private final float secondScale;
    private final float[] firstTransitions;
    private final float[] secondTransitions;

    TwoPassModel(QuantizedModel first, QuantizedModel second) {
        if (first.bits() != second.bits() || second.templates() <= first.templates()) {
            throw new IllegalArgumentException("the second pass must extend the first pass's features");
        }
        if (!first.fitsInBytes() || !second.fitsInBytes()) {
            throw new IllegalArgumentException("both passes must have 8-bit weights (QuantizedModel.compact)");
        }
        this.baseTemplates = first.templates();
        this.allTemplates = second.templates();
        this.firstScale = first.scale();
        this.secondScale = second.scale();
        this.firstTransitions = first.transitions();
        this.secondTransitions = second.transitions();
        int features = 1 << first.bits();
        this.index = new RowIndex(features, f -> first.hasRow(f) || second.hasRow(f));
        this.rows = new byte[index.rows() * ROW];
        short[] row = new short[ROW];
        for (int f = 0; f < features; f++) {
            int r = row(f);
            if (r >= 0) {
                first.copyRow(f, row, 0);
                second.copyRow(f, row, L);
                for (int k = 0; k < ROW; k++) {
                    rows[r * ROW + k] = (byte) row[k];
                }
            }
        }
    }

    /** Feature rows that have a weight in either pass. */
    int presentRows() {
        return rows.length / ROW;
    }

    private int row(int feature) {
        return index.row(feature);
    }

    /**
     * The first pass's labels of {@code n} tokens with {@code baseTemplates} features each; fills {@code secondSums}
     * ({@code n × L}) with the second pass's sums over the same features.
     */
    int[] first(int[] feats, int n, int[] secondSums) {
        int[] sums = new int[ROW];
        int[] bases = new int[baseTemplates];
        float[] emit = new float[n * L];
        byte[] w = rows;
        for (int i = 0; i < n; i++) {
            int fo = i * baseTemplates;
            int found = 0;
            for (int k = 0; k < baseTemplates; k++) {
                int r = row(feats[fo + k]);
                if (r >= 0) {
                    bases[found++] = r * ROW;
                }
            }
            // Both passes' sums in one branch-free loop over whole rows (with the compact table in cache, this beat
            // reading each row's O weight first to overlap cache misses by 7-13%, same labels).
            Arrays.fill(sums, 0);
            for (int k = 0; k < found; k++) {
                int base = bases[k];
                for (int y = 0; y < ROW; y++) {
                    sums[y] += w[base + y];
                }
            }
            int so = i * L;
            for (int y = 0; y < L; y++) {
                emit[so + y] = sums[y] * firstScale;
                secondSums[so + y] += sums[L + y];
            }
        }
        return Viterbi.decode(emit, n, firstTransitions);
    }

    /**
     * The second pass's labels: {@code secondSums} from {@link #first} plus the document features of
     * {@code extended} ({@code allTemplates} per token, the base ones first, as {@link DocumentFeatures} lays them).
     */
    int[] second(int[] extended, int n, int[] secondSums) {
        float[] emit = new float[n * L];
        int[] sums = new int[L];
        byte[] w = rows;
        for (int i = 0; i < n; i++) {
            int so = i * L;
            System.arraycopy(secondSums, so, sums, 0, L);
            for (int k = baseTemplates; k < allTemplates; k++) {
                int r = row(extended[i * allTemplates + k]);
                if (r >= 0) {
                    int base = r * ROW + L;
                    for (int y = 0; y < L; y++) {
                        sums[y] += w[base + y];
                    }
                }
            }
            for (int y = 0; y < L; y++) {
                emit[so + y] = sums[y] * secondScale;
            }
        }
        return Viterbi.decode(emit, n, secondTransitions);
    }
}
