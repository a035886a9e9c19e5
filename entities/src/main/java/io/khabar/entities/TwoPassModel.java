package io.khabar.entities;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

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
    /** Weights are stored offset by 128 (sign bit flipped), so that a row's bytes sum as unsigned 16-bit lanes. */
    private static final int OFFSET = 128;
    /** Rows one token can sum before a 16-bit lane of unsigned bytes could overflow. */
    private static final int MAX_ROWS_PER_SUM = 0xFFFF / 0xFF;
    private static final long EVEN_BYTES = 0x00FF_00FF_00FF_00FFL;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle SHORTS = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);

    private final int baseTemplates;
    private final int allTemplates;
    /** Which features have a weight in either pass, and the row of each. */
    private final RowIndex index;
    /**
     * Per present row: the first pass's {@code L} weights, then the second pass's (18 bytes a row), each stored with
     * its sign bit flipped ({@link #OFFSET}): {@code (byte) (b ^ 0x80)} is the weight, {@code b & 0xFF} the weight + 128.
     */
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
        if (ROW != 18) {
            throw new IllegalStateException("the row layout of first() assumes 9 labels a pass");
        }
        if (baseTemplates > MAX_ROWS_PER_SUM) {
            throw new IllegalArgumentException("at most " + MAX_ROWS_PER_SUM + " base templates");
        }
        this.rows = new byte[index.rows() * ROW];
        short[] row = new short[ROW];
        for (int f = 0; f < features; f++) {
            int r = row(f);
            if (r >= 0) {
                first.copyRow(f, row, 0);
                second.copyRow(f, row, L);
                for (int k = 0; k < ROW; k++) {
                    rows[r * ROW + k] = (byte) (row[k] ^ 0x80);
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
            // A row's 18 bytes are read as two longs and a short, and summed as unsigned 16-bit lanes, four to a long
            // (SWAR): a quarter of the additions of a loop over the bytes, and no spilled accumulators.
            long even0 = 0;
            long odd0 = 0;
            long even1 = 0;
            long odd1 = 0;
            int last = 0;
            for (int k = 0; k < found; k++) {
                int base = bases[k];
                long a = (long) LONGS.get(w, base);
                long b = (long) LONGS.get(w, base + 8);
                int c = (short) SHORTS.get(w, base + 16);
                even0 += a & EVEN_BYTES;
                odd0 += (a >>> 8) & EVEN_BYTES;
                even1 += b & EVEN_BYTES;
                odd1 += (b >>> 8) & EVEN_BYTES;
                last += (c & 0xFF) | (c & 0xFF00) << 8;
            }
            int bias = found * OFFSET;
            int so = i * L;
            // Byte k of a row is lane k / 2 of the even or the odd sums of its long: bytes 0-8 are the first pass's
            // labels 0-8, bytes 9-17 the second pass's.
            for (int k = 0; k < 8; k++) {
                emit[so + k] = (lane((k & 1) == 0 ? even0 : odd0, k >> 1) - bias) * firstScale;
            }
            emit[so + 8] = (lane(even1, 0) - bias) * firstScale;
            for (int k = 9; k < 16; k++) {
                secondSums[so + k - 9] += lane((k & 1) == 0 ? even1 : odd1, (k - 8) >> 1) - bias;
            }
            secondSums[so + 7] += lane(last, 0) - bias;
            secondSums[so + 8] += lane(last, 1) - bias;
        }
        return Viterbi.decode(emit, n, firstTransitions);
    }

    /** Lane {@code i} (0-3) of four unsigned 16-bit sums in a long. */
    private static int lane(long lanes, int i) {
        return (int) (lanes >>> (16 * i)) & 0xFFFF;
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
                        sums[y] += (byte) (w[base + y] ^ 0x80);
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
