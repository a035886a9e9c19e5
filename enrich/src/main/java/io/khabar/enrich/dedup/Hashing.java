package io.khabar.enrich.dedup;

/** Primitive 64-bit hashing for fingerprints: FNV-1a over chars, finalized by the MurmurHash3 mixer. */
final class Hashing {

    private Hashing() {
    }

    static long hash(CharSequence s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** MurmurHash3 fmix64: a bijection that spreads every input bit over the output. */
    static long mix(long k) {
        long h = k;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    static long combine(long a, long b) {
        return mix(a * 0x9E3779B97F4A7C15L + b);
    }

    static int fold(long h) {
        return (int) (h ^ (h >>> 32));
    }

    /** The hash folded to 16 bits (0..65535). */
    static int fold16(long h) {
        int x = fold(h);
        return (x ^ (x >>> 16)) & 0xFFFF;
    }
}
