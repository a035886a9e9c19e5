package io.khabar.entities;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * The shipped form of a {@link PerceptronModel} for tagging: the 16-bit weights of the model file kept as they are
 * (scores are summed exactly in {@code int} and scaled once per label), and only the feature rows that have a
 * weight. Fewer than one hashed feature in five does, so the rows are packed densely and found through a bit per
 * feature and a running count of the bits (rank): the tables take about 3.5 MB instead of 19 MB and stay in the CPU
 * cache, where the dense table sent most of the ~55 row reads per token to main memory. Decodes exactly the same
 * labels as the dense table. Immutable; thread-safe.
 */
final class QuantizedModel implements SequenceDecoder {

    private static final int L = Labels.COUNT;

    private final int bits;
    private final int templates;
    /** Which features have a weight, and the row of each. */
    private final RowIndex index;
    /** The present rows' weights, {@code L} per row, in feature order. */
    private final short[] rows;
    private final float scale;
    private final float[] transitions;

    private QuantizedModel(int bits, int templates, short[] dense, float scale, float[] transitions) {
        this.bits = bits;
        this.templates = templates;
        this.scale = scale;
        this.transitions = transitions;
        int features = 1 << bits;
        this.index = new RowIndex(features, f -> hasWeight(dense, f));
        this.rows = new short[index.rows() * L];
        for (int f = 0; f < features; f++) {
            int row = row(f);
            if (row >= 0) {
                System.arraycopy(dense, f * L, rows, row * L, L);
            }
        }
    }

    /** A model over a dense table of {@code 2^bits × L} weights (the layout of the model file). */
    static QuantizedModel of(int bits, int templates, short[] dense, float scale, float[] transitions) {
        if (dense.length != (1 << bits) * L || transitions.length != (L + 1) * L) {
            throw new IllegalArgumentException("weights or transitions of the wrong size");
        }
        return new QuantizedModel(bits, templates, dense, scale, transitions);
    }

    private static boolean hasWeight(short[] dense, int feature) {
        for (int y = 0; y < L; y++) {
            if (dense[feature * L + y] != 0) {
                return true;
            }
        }
        return false;
    }

    /** Reads a model file written by {@link PerceptronModel#write}. */
    static QuantizedModel read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in), 1 << 16));
        if (d.readInt() != PerceptronModel.MAGIC || d.readInt() != PerceptronModel.FORMAT) {
            throw new IOException("not a Khabar NER model (format " + PerceptronModel.FORMAT + ")");
        }
        int bits = d.readInt();
        if (d.readInt() != L) {
            throw new IOException("model was trained with other labels; retrain with NerTrainer");
        }
        int templates = d.readInt();
        float[] transitions = new float[(L + 1) * L];
        for (int i = 0; i < transitions.length; i++) {
            transitions[i] = d.readFloat();
        }
        float scale = d.readFloat();
        int count = d.readInt();
        short[] weights = new short[(1 << bits) * L];
        int index = 0;
        for (int k = 0; k < count; k++) {
            index += PerceptronModel.readVarInt(d);
            weights[index] = d.readShort();
        }
        return new QuantizedModel(bits, templates, weights, scale, transitions);
    }

    /**
     * This model as the tagger keeps it: weights re-quantized to 8 bits (-127..127, as multiples of the largest
     * weight / 127) and the rows whose largest weight is below {@code minRowShare} of the largest weight of the model
     * dropped. Such rows hardly move a sum of ~55 features, and most rows are such rows (hashed features of rare words
     * and affixes, seen a few times in training): with {@link #TAGGING_ROW_SHARE} the table keeps about a quarter of
     * its rows at half the bytes each, so that it fits in the CPU's near caches.
     */
    QuantizedModel compact(double minRowShare) {
        int largest = 1;
        for (short w : rows) {
            largest = Math.max(largest, Math.abs(w));
        }
        double toByte = 127.0 / largest;
        double floor = minRowShare * largest;
        short[] dense = new short[(1 << bits) * L];
        for (int f = 0; f < (1 << bits); f++) {
            int r = row(f);
            if (r >= 0 && rowMax(r) >= floor) {
                for (int y = 0; y < L; y++) {
                    dense[f * L + y] = (short) Math.round(rows[r * L + y] * toByte);
                }
            }
        }
        return new QuantizedModel(bits, templates, dense, (float) (scale / toByte), transitions);
    }

    /**
     * The share of the largest weight below which {@link #compact} drops a row when the tagger loads a model: on the
     * dev set the holdout model scores 0.7670 with it, against 0.7668 with its full 16-bit table (a sweep that cut
     * the stacked table's rows jointly stayed within 0.002 of that from 1.4% to 4.6% and lost 0.008 at 6.1%).
     */
    static final double TAGGING_ROW_SHARE = 0.03;

    /** A model file as the tagger uses it: {@link #read}, then {@link #compact} at {@link #TAGGING_ROW_SHARE}. */
    static QuantizedModel readForTagging(InputStream in) throws IOException {
        return read(in).compact(TAGGING_ROW_SHARE);
    }

    private int rowMax(int r) {
        int max = 0;
        for (int y = 0; y < L; y++) {
            max = Math.max(max, Math.abs(rows[r * L + y]));
        }
        return max;
    }

    /** Whether every weight lies in -127..127 (a {@link #compact} model). */
    boolean fitsInBytes() {
        for (short w : rows) {
            if (w < -127 || w > 127) {
                return false;
            }
        }
        return true;
    }

    /** The same model with float weights, as {@link PerceptronModel#read} gives it. */
    PerceptronModel toFloats() {
        float[] floats = new float[(1 << bits) * L];
        for (int f = 0; f < (1 << bits); f++) {
            int r = row(f);
            if (r >= 0) {
                for (int y = 0; y < L; y++) {
                    floats[f * L + y] = rows[r * L + y] * scale;
                }
            }
        }
        return new PerceptronModel(bits, templates, floats, transitions.clone());
    }

    float scale() {
        return scale;
    }

    float[] transitions() {
        return transitions.clone();
    }

    /** Whether feature {@code f} has a weight. */
    boolean hasRow(int feature) {
        return row(feature) >= 0;
    }

    /** Copies the {@code L} weights of feature {@code f} (zeros when it has none) to {@code dest} at {@code at}. */
    void copyRow(int feature, short[] dest, int at) {
        int r = row(feature);
        if (r >= 0) {
            System.arraycopy(rows, r * L, dest, at, L);
        } else {
            Arrays.fill(dest, at, at + L, (short) 0);
        }
    }

    /** Rows that have a weight. */
    int presentRows() {
        return rows.length / L;
    }

    /** The packed row of a feature, or -1 when the feature has no weight. */
    private int row(int feature) {
        return index.row(feature);
    }

    @Override
    public int bits() {
        return bits;
    }

    @Override
    public int templates() {
        return templates;
    }

    @Override
    public int[] decode(int[] feats, int n) {
        int[] sums = new int[L];
        int[] bases = new int[templates];
        float[] emit = new float[n * L];
        short[] w = rows;
        int t = templates;
        for (int i = 0; i < n; i++) {
            int fo = i * t;
            // Rows found and their O weights read first, in one tight loop of independent loads, so that the rows'
            // cache misses overlap; the other labels then read rows already in cache.
            int present = 0;
            int outside = 0;
            for (int k = 0; k < t; k++) {
                int r = row(feats[fo + k]);
                if (r >= 0) {
                    int base = r * L;
                    bases[present++] = base;
                    outside += w[base + Labels.O];
                }
            }
            Arrays.fill(sums, 0);
            sums[Labels.O] = outside;
            for (int k = 0; k < present; k++) {
                int base = bases[k];
                for (int y = 0; y < L; y++) {
                    if (y != Labels.O) {
                        sums[y] += w[base + y];
                    }
                }
            }
            int o = i * L;
            for (int y = 0; y < L; y++) {
                emit[o + y] = sums[y] * scale;
            }
        }
        return Viterbi.decode(emit, n, transitions);
    }
}
