package io.khabar.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * Second-pass features from the same document (two-pass stacking, after Krishnan &amp; Manning 2006): for every
 * token, the first-pass label of itself and its neighbours, and how the first pass labelled the other occurrences
 * of the same clitic-stripped word in the document (a window of sentences around it). A name the first pass found
 * once in an easy context is then found again in a hard one. The features are appended to the
 * {@link FeatureExtractor#TEMPLATES} base features of each token.
 */
final class DocumentFeatures {

    /** Features added per token. */
    static final int TEMPLATES = 7;
    /** Base plus document features per token. */
    static final int ALL = FeatureExtractor.TEMPLATES + TEMPLATES;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final int L = Labels.COUNT;

    private final int shift;

    DocumentFeatures(int bits) {
        this.shift = 64 - bits;
    }

    /**
     * Extended features of each sentence of a document.
     *
     * @param feats  base features per sentence ({@link FeatureExtractor#TEMPLATES} per token)
     * @param keys   per sentence, a key per token identifying the word (0 = never matched)
     * @param pass1  first-pass labels per sentence
     * @param window sentences on each side that count as the same document
     */
    List<int[]> extend(List<int[]> feats, List<long[]> keys, List<int[]> pass1, int window) {
        int ns = feats.size();
        LongIntMap slots = new LongIntMap(256);
        List<int[]> counts = new ArrayList<>();
        List<int[]> out = new ArrayList<>(ns);
        int lo = 0;
        int hi = 0;
        for (int s = 0; s < ns; s++) {
            int from = Math.max(0, s - window);
            int to = (int) Math.min(ns, (long) s + window + 1);
            while (hi < to) {
                add(slots, counts, keys.get(hi), pass1.get(hi), 1);
                hi++;
            }
            while (lo < from) {
                add(slots, counts, keys.get(lo), pass1.get(lo), -1);
                lo++;
            }
            out.add(sentence(feats.get(s), keys.get(s), pass1.get(s), slots, counts));
        }
        return out;
    }

    private static void add(LongIntMap slots, List<int[]> counts, long[] keys, int[] labels, int delta) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == 0) {
                continue;
            }
            int slot = slots.get(keys[i], -1);
            if (slot < 0) {
                slot = counts.size();
                slots.put(keys[i], slot);
                counts.add(new int[L]);
            }
            counts.get(slot)[labels[i]] += delta;
        }
    }

    private int[] sentence(int[] base, long[] keys, int[] labels, LongIntMap slots, List<int[]> counts) {
        int n = labels.length;
        int bt = FeatureExtractor.TEMPLATES;
        int[] f = new int[n * ALL];
        int[] c = new int[L];
        for (int i = 0; i < n; i++) {
            System.arraycopy(base, i * bt, f, i * ALL, bt);
            int o = i * ALL + bt;
            int self = labels[i];
            int prev = i > 0 ? labels[i - 1] : L;
            int next = i + 1 < n ? labels[i + 1] : L + 1;
            int major = L + 2;
            int others = 0;
            int named = 0;
            int type = 0;
            if (keys[i] != 0) {
                int slot = slots.get(keys[i], -1);
                System.arraycopy(counts.get(slot), 0, c, 0, L);
                c[self]--;
                int best = -1;
                int[] byType = new int[Labels.TYPE_COUNT];
                for (int y = 0; y < L; y++) {
                    others += c[y];
                    if (y != Labels.O) {
                        named += c[y];
                        byType[Labels.type(y).ordinal()] += c[y];
                    }
                    if (c[y] > 0 && (best < 0 || c[y] > c[best])) {
                        best = y;
                    }
                }
                if (best >= 0) {
                    major = best;
                }
                for (int t = 1; t < byType.length; t++) {
                    if (byType[t] > byType[type]) {
                        type = t;
                    }
                }
            }
            int countBucket = others == 0 ? 0 : others == 1 ? 1 : others <= 3 ? 2 : 3;
            int share = others == 0 ? 0 : named == 0 ? 1 : named * 2 < others ? 2 : named < others ? 3 : 4;
            f[o] = id(100, self);
            f[o + 1] = id(101, prev * 16L + self);
            f[o + 2] = id(102, self * 16L + next);
            f[o + 3] = id(103, major * 8L + countBucket);
            f[o + 4] = id(104, (share * 8L + (named > 0 ? type : 7)) * 4 + countBucket);
            f[o + 5] = id(105, self * 16L + major);
            f[o + 6] = id(106, (share * 8L + (named > 0 ? type : 7)) * 16 + self);
        }
        return f;
    }

    private int id(int template, long value) {
        return (int) (Hashing.mix(value * GOLDEN + template) >>> shift);
    }
}
