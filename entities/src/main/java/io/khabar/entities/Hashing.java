package io.khabar.entities;

import io.khabar.arabic.ArabicNormalizer;

/** 64-bit hashes of normalized character runs, so features never need a String per token. */
final class Hashing {

    static final long SEED = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private Hashing() {
    }

    /** Continues an FNV-1a hash with chars {@code [from, to)} of {@code chars}. */
    static long extend(long h, char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            h = (h ^ chars[i]) * PRIME;
        }
        return h;
    }

    static long extend(long h, char c) {
        return (h ^ c) * PRIME;
    }

    static long of(char[] chars, int from, int to) {
        return extend(SEED, chars, from, to);
    }

    /** Hash of a string after {@link ArabicNormalizer} letter folding (diacritics and tatweel dropped). */
    static long ofFolded(CharSequence s) {
        long h = SEED;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!ArabicNormalizer.isDiacriticOrTatweel(c)) {
                h = extend(h, ArabicNormalizer.foldLetter(c));
            }
        }
        return h;
    }

    /** Murmur3 finalizer: spreads the bits of a combined key. */
    static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }

    /** Hash of a token sequence, built one token hash at a time. */
    static long chain(long seqHash, long tokenHash) {
        return mix(seqHash * 31 + tokenHash);
    }
}
