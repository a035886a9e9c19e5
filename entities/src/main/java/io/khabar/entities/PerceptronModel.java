package io.khabar.entities;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A first-order linear-chain model over hashed features: {@code weights[feature * L + label]} plus label
 * transitions, decoded with Viterbi under IOB2 constraints. Immutable once built; decoding is thread-safe.
 */
final class PerceptronModel implements SequenceDecoder {

    static final int MAGIC = 0x4b4e4552; // "KNER"
    static final int FORMAT = 2;
    static final int L = Labels.COUNT;

    final int bits;
    /** Feature ids per token. */
    final int templates;
    final float[] weights;
    /** {@code transitions[(prev + 1) * L + next]}, prev = -1 at sentence start. */
    final float[] transitions;

    PerceptronModel(int bits, int templates, float[] weights, float[] transitions) {
        this.bits = bits;
        this.templates = templates;
        this.weights = weights;
        this.transitions = transitions;
    }

    static PerceptronModel empty(int bits, int templates) {
        return new PerceptronModel(bits, templates, new float[(1 << bits) * L], new float[(L + 1) * L]);
    }

    /**
     * Lowers the score of {@code O} on every token by {@code delta} (through the weights of {@code biasFeature},
     * which every token has): a positive delta trades precision for recall.
     */
    void shiftOutside(int biasFeature, float delta) {
        weights[biasFeature * L + Labels.O] -= delta;
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
        float[] emit = new float[n * L];
        int t = templates;
        float[] w = weights;
        for (int i = 0; i < n; i++) {
            int o = i * L;
            int fo = i * t;
            // O first: independent loads whose cache misses overlap (see QuantizedModel#decode)
            float outside = 0;
            for (int k = 0; k < t; k++) {
                outside += w[feats[fo + k] * L];
            }
            emit[o] = outside;
            for (int k = 0; k < t; k++) {
                int base = feats[fo + k] * L;
                for (int y = 1; y < L; y++) {
                    emit[o + y] += w[base + y];
                }
            }
        }
        return Viterbi.decode(emit, n, transitions);
    }

    /**
     * Writes the model gzipped, weights quantized to 16 bits; only non-zero entries are stored, as
     * (index delta, value) pairs.
     */
    void write(OutputStream out) throws IOException {
        float max = 0;
        for (float v : weights) {
            max = Math.max(max, Math.abs(v));
        }
        float scale = max == 0 ? 1 : max / Short.MAX_VALUE;
        GZIPOutputStream gz = new GZIPOutputStream(out);
        DataOutputStream d = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
        d.writeInt(MAGIC);
        d.writeInt(FORMAT);
        d.writeInt(bits);
        d.writeInt(L);
        d.writeInt(templates);
        for (float v : transitions) {
            d.writeFloat(v);
        }
        d.writeFloat(scale);
        int count = 0;
        for (float v : weights) {
            if (Math.round(v / scale) != 0) {
                count++;
            }
        }
        d.writeInt(count);
        int last = 0;
        for (int i = 0; i < weights.length; i++) {
            int q = Math.round(weights[i] / scale);
            if (q != 0) {
                writeVarInt(d, i - last);
                d.writeShort(q);
                last = i;
            }
        }
        d.flush();
        gz.finish();
    }

    /** Reads a model file as floats (the 16-bit weights times the file's scale), e.g. to compare decoders. */
    static PerceptronModel read(InputStream in) throws IOException {
        return QuantizedModel.read(in).toFloats();
    }

    private static void writeVarInt(DataOutputStream d, int v) throws IOException {
        while ((v & ~0x7f) != 0) {
            d.writeByte((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        d.writeByte(v);
    }

    static int readVarInt(DataInputStream d) throws IOException {
        int v = 0;
        int shift = 0;
        while (true) {
            int b = d.readUnsignedByte();
            v |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
            shift += 7;
        }
    }
}
