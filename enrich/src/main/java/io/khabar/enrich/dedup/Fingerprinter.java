package io.khabar.enrich.dedup;

import java.util.Arrays;
import java.util.List;

/**
 * Computes {@link Fingerprint}s: exact hash, verification shingles and LSH band keys.
 *
 * <p>MinHash runs over the distinct non-stop-word canonical tokens (all tokens when fewer than two remain) with
 * {@code bands × rows} hash functions {@code mix(token ^ seed_j)}; the band key of band b combines b with its
 * {@code rows} minima. Two units whose token sets have Jaccard J share at least one bucket with probability
 * {@code 1 - (1 - J^rows)^bands}. Deterministic: seeds are fixed, no randomness at run time.
 */
public final class Fingerprinter {

    private static final long EXACT_SALT = 0x45584143544B4559L;
    private static final long BIGRAM_SALT = 0x424947524D5F5F5FL;

    private final DedupMode mode;
    private final int bands;
    private final int rows;
    private final long[] seeds;

    public Fingerprinter(DedupMode mode, int bands, int rows) {
        if (bands < 1 || rows < 1) {
            throw new IllegalArgumentException("bands and rows must be positive");
        }
        this.mode = mode;
        this.bands = bands;
        this.rows = rows;
        this.seeds = new long[bands * rows];
        long s = 0x5EED_0F_4B_4841L;
        for (int i = 0; i < seeds.length; i++) {
            s += 0x9E3779B97F4A7C15L;
            seeds[i] = Hashing.mix(s);
        }
    }

    public DedupMode mode() {
        return mode;
    }

    /** Number of band keys per unit: {@code bands} in MinHash mode, 1 in exact mode. */
    public int keysPerUnit() {
        return mode == DedupMode.EXACT ? 1 : bands;
    }

    public Fingerprint of(String text) {
        return of(CanonicalForm.tokens(text));
    }

    public Fingerprint of(List<String> tokens) {
        int n = tokens.size();
        long[] hashes = new long[n];
        long exact = 0x6B6861626172L;
        for (int i = 0; i < n; i++) {
            hashes[i] = Hashing.hash(tokens.get(i));
            exact = Hashing.combine(exact, hashes[i]);
        }
        if (mode == DedupMode.EXACT) {
            return new Fingerprint(exact, new int[0], new long[] {Hashing.combine(EXACT_SALT, exact)}, n, new byte[0]);
        }
        long[] minima = minima(tokens, hashes);
        byte[] sketch = new byte[minima.length];
        for (int j = 0; j < minima.length; j++) {
            sketch[j] = (byte) minima[j];
        }
        return new Fingerprint(exact, features(hashes), bandKeys(minima), n, sketch);
    }

    private static int[] features(long[] hashes) {
        int n = hashes.length;
        int[] f = new int[n + Math.max(0, n - 1)];
        int k = 0;
        for (int i = 0; i < n; i++) {
            f[k++] = Hashing.fold16(hashes[i]);
            if (i + 1 < n) {
                f[k++] = Hashing.fold16(Hashing.combine(hashes[i] ^ BIGRAM_SALT, hashes[i + 1]));
            }
        }
        Arrays.sort(f, 0, k);
        int distinct = 0;
        for (int i = 0; i < k; i++) {
            if (distinct == 0 || f[distinct - 1] != f[i]) {
                f[distinct++] = f[i];
            }
        }
        return Arrays.copyOf(f, distinct);
    }

    private long[] minima(List<String> tokens, long[] hashes) {
        long[] keyTokens = new long[hashes.length];
        int m = 0;
        for (int i = 0; i < hashes.length; i++) {
            if (!CanonicalForm.isStopWord(tokens.get(i))) {
                keyTokens[m++] = hashes[i];
            }
        }
        if (m < 2) {
            keyTokens = hashes;
            m = hashes.length;
        }
        long[] minima = new long[seeds.length];
        Arrays.fill(minima, Long.MAX_VALUE);
        for (int t = 0; t < m; t++) {
            long h = keyTokens[t];
            for (int j = 0; j < seeds.length; j++) {
                long v = Hashing.mix(h ^ seeds[j]);
                if (v < minima[j]) {
                    minima[j] = v;
                }
            }
        }
        return minima;
    }

    private long[] bandKeys(long[] minima) {
        long[] keys = new long[bands];
        for (int b = 0; b < bands; b++) {
            long key = Hashing.mix(b + 1L);
            for (int r = 0; r < rows; r++) {
                key = Hashing.combine(key, minima[b * rows + r]);
            }
            keys[b] = key;
        }
        return keys;
    }
}
