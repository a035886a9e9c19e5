package io.khabar.entities;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * The shipped form of a {@link PerceptronModel} for tagging: the 16-bit weights of the model file kept as they are
 * ({@code short}, half the memory of floats, so more of the table stays in cache; scores are summed exactly in
 * {@code int} and scaled once per label). Decodes the same labels as the float model read from the same file, up
 * to float rounding in exact ties. Immutable; thread-safe.
 */
final class QuantizedModel implements SequenceDecoder {

    private static final int L = Labels.COUNT;

    private final int bits;
    private final int templates;
    private final short[] weights;
    private final float scale;
    private final float[] transitions;

    private QuantizedModel(int bits, int templates, short[] weights, float scale, float[] transitions) {
        this.bits = bits;
        this.templates = templates;
        this.weights = weights;
        this.scale = scale;
        this.transitions = transitions;
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

    /** The same model with float weights, as {@link PerceptronModel#read} gives it. */
    PerceptronModel toFloats() {
        float[] floats = new float[weights.length];
        for (int i = 0; i < weights.length; i++) {
            floats[i] = weights[i] * scale;
        }
        return new PerceptronModel(bits, templates, floats, transitions.clone());
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
        float[] emit = new float[n * L];
        short[] w = weights;
        int t = templates;
        for (int i = 0; i < n; i++) {
            int fo = i * t;
            // The O score first: one independent load per feature row, so the rows' cache misses overlap instead
            // of queueing one by one; the other labels then read rows already in cache.
            int outside = 0;
            for (int k = 0; k < t; k++) {
                outside += w[feats[fo + k] * L];
            }
            Arrays.fill(sums, 0);
            for (int k = 0; k < t; k++) {
                int base = feats[fo + k] * L;
                for (int y = 1; y < L; y++) {
                    sums[y] += w[base + y];
                }
            }
            sums[Labels.O] = outside;
            int o = i * L;
            for (int y = 0; y < L; y++) {
                emit[o + y] = sums[y] * scale;
            }
        }
        return Viterbi.decode(emit, n, transitions);
    }
}
