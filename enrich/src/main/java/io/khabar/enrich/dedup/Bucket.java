package io.khabar.enrich.dedup;

import java.util.Arrays;

/**
 * The content of one LSH bucket (one band key, one epoch): the distinct texts that fell into it (the first ones, up to
 * a bound), oldest first, as their exact hashes, shingle counts and MinHash sketches. The texts themselves ({@link KnownText}) are kept once per
 * epoch, whatever the number of buckets they fall into, so adding a text to a bucket writes a few bytes, not its
 * shingles; and a text that cannot be a repeat by its size or its sketch is ruled out without being read.
 *
 * @param hashes   exact hashes of the texts
 * @param sizes    their numbers of shingles
 * @param sketches their sketches ({@link Fingerprint#sketch()}), the same number of bytes each, one after another
 */
public record Bucket(long[] hashes, int[] sizes, byte[] sketches) {

    public static final Bucket EMPTY = new Bucket(new long[0], new int[0], new byte[0]);

    public int size() {
        return hashes.length;
    }

    /** Bytes of sketch per text (0 in exact mode). */
    public int sketchLength() {
        return hashes.length == 0 ? 0 : sketches.length / hashes.length;
    }

    public boolean contains(long hash) {
        for (long h : hashes) {
            if (h == hash) {
                return true;
            }
        }
        return false;
    }

    /**
     * How many sketch bytes of text {@code i} equal those of {@code sketch}, position by position. Sketches of a
     * configuration with more or fewer bands (state kept across a change of {@code dedup.minhash.bands}) are compared
     * on the bytes both have: byte j is the same MinHash minimum in both.
     */
    public int agreement(int i, byte[] sketch) {
        int length = sketchLength();
        if (length == 0 || sketch.length == 0) {
            return Integer.MAX_VALUE; // no sketch (exact mode): no evidence either way
        }
        int agree = 0;
        for (int j = 0, o = i * length; j < Math.min(length, sketch.length); j++, o++) {
            if (sketches[o] == sketch[j]) {
                agree++;
            }
        }
        return agree;
    }

    /** Whether the bucket holds {@code max} texts and takes no more. */
    public boolean full(int max) {
        return hashes.length >= max;
    }

    /**
     * This bucket with a text appended; a bucket of {@code max} texts is full and returned as it is. A sketch longer or
     * shorter than the bucket's (written with another number of bands) is cut or padded to the bucket's length.
     */
    public Bucket with(long hash, int size, byte[] sketch, int max) {
        int length = hashes.length == 0 ? sketch.length : sketchLength();
        if (full(max)) {
            return this;
        }
        int n = hashes.length;
        long[] h = Arrays.copyOf(hashes, n + 1);
        int[] s = Arrays.copyOf(sizes, n + 1);
        byte[] k = Arrays.copyOf(sketches, (n + 1) * length);
        h[n] = hash;
        s[n] = size;
        System.arraycopy(sketch, 0, k, n * length, Math.min(length, sketch.length));
        return new Bucket(h, s, k);
    }
}
