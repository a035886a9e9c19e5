package io.khabar.entities;

import io.khabar.arabic.ArabicNormalizer;

/**
 * Turns a token sequence into hashed feature ids, {@link #TEMPLATES} per token (token {@code i}'s features are
 * {@code feats[i * TEMPLATES .. (i + 1) * TEMPLATES)}). Everything is computed on 64-bit hashes of folded
 * character runs: no regex and no String per token. Thread-safe (state is per call).
 *
 * <p>Templates: the word, its clitic-stripped forms (و ف / ب ل ك / ال لل prefixes, ها هم suffixes), prefixes
 * and suffixes of length 1-4 (and of length 2-3 of the stripped stem), shape (also by position in the sentence),
 * words and stripped words at ±2 (the stripped words at -1 and +1 also together), word bigrams, news word
 * clusters (fine and coarse) at ±1, fine clusters at ±2 and as bigrams with ±1, news frequency, gazetteer matches
 * at ±1 and the span code of the longest gazetteer name covering the word (types, length, position), trigger words and given names at -2..+1 (the ones at ±1 also with the word's cluster), and the word's tag
 * prior in the news (how a first-stage model tagged it there; else that of its clitic-stripped forms) at -1..+1.
 */
final class FeatureExtractor {

    static final int TEMPLATES = 56;
    private static final long BOS = 0x5bd1e995L;
    private static final long EOS = 0x1b873593L;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final WordClusters clusters;
    private final Gazetteer gazetteer;
    private final int shift;

    FeatureExtractor(WordClusters clusters, Gazetteer gazetteer, int bits) {
        this.clusters = clusters;
        this.gazetteer = gazetteer;
        this.shift = 64 - bits;
    }

    /** Features of a token sequence and its gazetteer marks (bits as in {@link Gazetteer#mark}). */
    record Extracted(int[] feats, int[] gazetteer, long[] words, long[] stripped, int[] triggers) {
    }

    int[] extract(TokenSpans s) {
        return extractAll(s).feats();
    }

    Extracted extractAll(TokenSpans s) {
        int n = s.size();
        char[] text = s.text();
        char[] fold = new char[text.length + 2];
        long[] w = new long[n];
        long[] conj = new long[n];
        long[] al = new long[n];
        long[] st = new long[n];
        long[] stAffix = new long[4 * n];
        long[] pre = new long[4 * n];
        long[] suf = new long[4 * n];
        int[] shape = new int[n];
        int[] clitic = new int[n];
        int[] fine = new int[n];
        int[] coarse = new int[n];
        int[] freq = new int[n];
        int[] trig = new int[n];
        int[] gz = new int[n];
        int[] gzSpan = new int[n];
        int[] prior = new int[n];
        int pos = 0;
        for (int i = 0; i < n; i++) {
            int fs = pos;
            int shapeBits = 0;
            for (int k = s.starts()[i]; k < s.ends()[i]; k++) {
                char c = text[k];
                if (ArabicNormalizer.isDiacriticOrTatweel(c)) {
                    continue;
                }
                char f = ArabicNormalizer.foldLetter(c);
                fold[pos++] = f;
                shapeBits |= charClass(f);
            }
            if (pos == fs) {
                fold[pos++] = text[s.starts()[i]];
            }
            int fe = pos;
            int len = fe - fs;
            w[i] = Hashing.of(fold, fs, fe);
            shape[i] = shapeBits * 8 + Math.min(len, 7);
            for (int k = 1; k <= 4; k++) {
                pre[4 * i + k - 1] = len >= k ? Hashing.of(fold, fs, fs + k) : -k;
                suf[4 * i + k - 1] = len >= k ? Hashing.of(fold, fe - k, fe) : -k - 10;
            }
            int p = fs;
            int code = 0;
            if (len >= 4 && (fold[p] == 'و' || fold[p] == 'ف')) {
                p++;
                code = 1;
            }
            conj[i] = code == 1 ? Hashing.of(fold, p, fe) : w[i];
            int q;
            if (fe - p >= 4 && fold[p] == 'ل' && fold[p + 1] == 'ل') {
                al[i] = Hashing.extend(Hashing.extend(Hashing.extend(Hashing.SEED, 'ا'), 'ل'), fold, p + 2, fe);
                q = p + 2;
                code |= 2 | 8;
            } else {
                int a = p;
                if (fe - p >= 4 && (fold[p] == 'ب' || fold[p] == 'ل' || fold[p] == 'ك')) {
                    a = p + 1;
                    code |= 2;
                }
                al[i] = a == fs ? w[i] : Hashing.of(fold, a, fe);
                q = a;
                if (fe - q >= 4 && fold[q] == 'ا' && fold[q + 1] == 'ل') {
                    q += 2;
                    code |= 8;
                }
            }
            int e = fe;
            if (e - q >= 5 && fold[e - 2] == 'ه' && (fold[e - 1] == 'ا' || fold[e - 1] == 'م')) {
                e -= 2;
                code |= 16;
            }
            st[i] = Hashing.of(fold, q, e);
            int sl = e - q;
            for (int k = 2; k <= 3; k++) {
                stAffix[4 * i + k - 2] = sl > k ? Hashing.of(fold, q, q + k) : -k;
                stAffix[4 * i + k] = sl > k ? Hashing.of(fold, e - k, e) : -k - 10;
            }
            clitic[i] = code;
            long cw = w[i];
            int fc = clusters.fine(cw);
            if (fc == WordClusters.NONE) {
                cw = al[i];
                fc = clusters.fine(cw);
                if (fc == WordClusters.NONE) {
                    cw = st[i];
                    fc = clusters.fine(cw);
                }
            }
            fine[i] = fc;
            coarse[i] = fc == WordClusters.NONE ? WordClusters.NONE : clusters.coarse(cw);
            freq[i] = 32 - Integer.numberOfLeadingZeros(clusters.count(w[i]));
            int t = gazetteer.trigger(w[i]);
            if (t == 0) {
                t = gazetteer.trigger(al[i]);
            }
            trig[i] = t != 0 ? t : gazetteer.trigger(st[i]);
            int pr = clusters.prior(w[i]);
            if (pr == 0) {
                pr = clusters.prior(al[i]);
                if (pr == 0) {
                    pr = clusters.prior(st[i]);
                }
            }
            prior[i] = pr;
        }
        gazetteer.mark(w, conj, al, n, gz, gzSpan);

        int[] feats = new int[n * TEMPLATES];
        for (int i = 0; i < n; i++) {
            int o = i * TEMPLATES;
            long wm1 = i > 0 ? w[i - 1] : BOS;
            long wp1 = i + 1 < n ? w[i + 1] : EOS;
            long wm2 = i > 1 ? w[i - 2] : BOS;
            long wp2 = i + 2 < n ? w[i + 2] : EOS;
            long sm1 = i > 0 ? st[i - 1] : BOS;
            long sp1 = i + 1 < n ? st[i + 1] : EOS;
            long sm2 = i > 1 ? st[i - 2] : BOS;
            long sp2 = i + 2 < n ? st[i + 2] : EOS;
            int fm1 = i > 0 ? fine[i - 1] : -2;
            int fp1 = i + 1 < n ? fine[i + 1] : -3;
            int cm1 = i > 0 ? coarse[i - 1] : -2;
            int cp1 = i + 1 < n ? coarse[i + 1] : -3;
            int gm1 = i > 0 ? gz[i - 1] : -2;
            int gp1 = i + 1 < n ? gz[i + 1] : -3;
            int tm1 = i > 0 ? trig[i - 1] : -2;
            int tm2 = i > 1 ? trig[i - 2] : -2;
            int tp1 = i + 1 < n ? trig[i + 1] : -3;
            feats[o] = id(0, 0);
            feats[o + 1] = id(1, w[i]);
            feats[o + 2] = id(2, st[i]);
            feats[o + 3] = id(3, al[i]);
            for (int k = 0; k < 4; k++) {
                feats[o + 4 + k] = id(4 + k, pre[4 * i + k]);
                feats[o + 8 + k] = id(8 + k, suf[4 * i + k]);
            }
            feats[o + 12] = id(12, shape[i]);
            feats[o + 13] = id(13, wm1);
            feats[o + 14] = id(14, wp1);
            feats[o + 15] = id(15, wm2);
            feats[o + 16] = id(16, wp2);
            feats[o + 17] = id(17, sm1);
            feats[o + 18] = id(18, sp1);
            feats[o + 19] = id(19, wm1 * 31 + w[i]);
            feats[o + 20] = id(20, w[i] * 31 + wp1);
            feats[o + 21] = id(21, fine[i]);
            feats[o + 22] = id(22, coarse[i]);
            feats[o + 23] = id(23, fm1);
            feats[o + 24] = id(24, fp1);
            feats[o + 25] = id(25, cm1);
            feats[o + 26] = id(26, cp1);
            feats[o + 27] = id(27, gz[i]);
            feats[o + 28] = id(28, gm1);
            feats[o + 29] = id(29, gp1);
            feats[o + 30] = id(30, tm1);
            feats[o + 31] = id(31, tm2);
            feats[o + 32] = id(32, tp1);
            feats[o + 33] = id(33, freq[i]);
            feats[o + 34] = id(34, freq[i] * 1024L + coarse[i]);
            feats[o + 35] = id(35, sm2);
            feats[o + 36] = id(36, sp2);
            feats[o + 37] = id(37, clitic[i] * 64L + shape[i]);
            feats[o + 38] = id(38, trig[i] * 1024L + gz[i]);
            feats[o + 39] = id(39, sm1 * 31 + fine[i]);
            int pm1 = i > 0 ? prior[i - 1] : -2;
            int pp1 = i + 1 < n ? prior[i + 1] : -3;
            feats[o + 40] = id(40, prior[i]);
            feats[o + 41] = id(41, pm1 * 64L + prior[i]);
            feats[o + 42] = id(42, prior[i] * 64L + pp1);
            for (int k = 0; k < 4; k++) {
                feats[o + 43 + k] = id(43 + k, stAffix[4 * i + k]);
            }
            int fm2 = i > 1 ? fine[i - 2] : -2;
            int fp2 = i + 2 < n ? fine[i + 2] : -3;
            feats[o + 47] = id(47, fm2);
            feats[o + 48] = id(48, fp2);
            feats[o + 49] = id(49, fm1 * 1024L + fine[i]);
            feats[o + 50] = id(50, fine[i] * 1024L + fp1);
            feats[o + 51] = id(51, tm1 * 1024L + fine[i]);
            feats[o + 52] = id(52, fine[i] * 1024L + tp1);
            feats[o + 53] = id(53, sm1 * 31 + sp1);
            feats[o + 54] = id(54, (i == 0 ? 1 : i + 1 == n ? 2 : 3) * 1024L + shape[i]);
            feats[o + 55] = id(55, gzSpan[i]);
        }
        return new Extracted(feats, gz, w, al, trig);
    }

    /** The feature every token has (template 0): its weights are the per-label bias. */
    int biasFeature() {
        return id(0, 0);
    }

    private int id(int template, long value) {
        return (int) (Hashing.mix(value * GOLDEN + template) >>> shift);
    }

    private static int charClass(char c) {
        if (c >= '0' && c <= '9') {
            return 1;
        }
        if (c < 128 && Character.isLetter(c)) {
            return 2;
        }
        if (ArabicNormalizer.isArabicLetter(c)) {
            return 4;
        }
        return Character.isLetter(c) ? 4 : 8;
    }
}
