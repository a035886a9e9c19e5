package io.khabar.entities;

import java.util.Arrays;

/** First-order Viterbi decoding under the IOB2 constraints of {@link Labels}. */
final class Viterbi {

    private static final int L = Labels.COUNT;
    /** Per label, the labels that may precede it ({@link Labels#allowed}): the inner loop skips the others unasked. */
    private static final int[][] BEFORE = new int[L][];

    static {
        for (int y = 0; y < L; y++) {
            int[] before = new int[L];
            int n = 0;
            for (int p = 0; p < L; p++) {
                if (Labels.allowed(p, y)) {
                    before[n++] = p;
                }
            }
            BEFORE[y] = Arrays.copyOf(before, n);
        }
    }

    private Viterbi() {
    }

    /**
     * @param emit        {@code emit[i * L + label]}: the label scores of token {@code i}
     * @param transitions {@code transitions[(prev + 1) * L + next]}, prev = -1 at sentence start
     */
    static int[] decode(float[] emit, int n, float[] transitions) {
        int[] labels = new int[n];
        if (n == 0) {
            return labels;
        }
        float[] score = new float[n * L];
        int[] back = new int[n * L];
        for (int y = 0; y < L; y++) {
            score[y] = Labels.allowed(-1, y) ? transitions[y] + emit[y] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            int o = i * L;
            int po = o - L;
            for (int y = 0; y < L; y++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p : BEFORE[y]) {
                    float s = score[po + p] + transitions[(p + 1) * L + y];
                    if (s > best) {
                        best = s;
                        arg = p;
                    }
                }
                score[o + y] = best + emit[o + y];
                back[o + y] = arg;
            }
        }
        int o = (n - 1) * L;
        int arg = 0;
        for (int y = 1; y < L; y++) {
            if (score[o + y] > score[o + arg]) {
                arg = y;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            labels[i] = arg;
            arg = back[i * L + arg];
        }
        return labels;
    }
}
