package io.khabar.enrich.dedup;

import java.util.Arrays;

/**
 * The content of one LSH bucket (one band key, one epoch): the distinct texts that fell into it (the first ones, up to
 * a bound), oldest first, as their exact hashes, shingle counts, MinHash sketches and the time of their earliest copy.
 * The texts themselves ({@link KnownText}) are kept once per epoch, whatever the number of buckets they fall into, so
 * adding a text to a bucket writes a few bytes, not its shingles; a text that cannot be a repeat by its size or its
 * sketch is ruled out without being read, and one whose copies all come after a match already found is not read either.
 *
 * @param hashes    exact hashes of the texts
 * @param sizes     their numbers of shingles
 * @param sketches  their sketches ({@link Fingerprint#sketch()}), the same number of bytes each, one after another
 * @param firstSeen per text, a lower bound of the timestamp of its earliest copy in the epoch, in whole seconds
 *                  (unsigned); 0 where unknown (buckets written before this field existed)
 */
public record Bucket(long[] hashes, int[] sizes, byte[] sketches, int[] firstSeen) {

    public static final Bucket EMPTY = new Bucket(new long[0], new int[0], new byte[0], new int[0]);

    public Bucket {
        if (firstSeen.length != hashes.length || sizes.length != hashes.length) {
            throw new IllegalArgumentException("a bucket needs one size and one first-seen time per text");
        }
    }

    /** A bucket read from a record without first-seen times: every text may have a copy as early as any. */
    public static Bucket withoutFirstSeen(long[] hashes, int[] sizes, byte[] sketches) {
        return new Bucket(hashes, sizes, sketches, new int[hashes.length]);
    }

    public int size() {
        return hashes.length;
    }

    /** Bytes of sketch per text (0 in exact mode). */
    public int sketchLength() {
        return hashes.length == 0 ? 0 : sketches.length / hashes.length;
    }

    public boolean contains(long hash) {
        return indexOf(hash) >= 0;
    }

    /** The position of a text in the bucket, or -1. */
    public int indexOf(long hash) {
        for (int i = 0; i < hashes.length; i++) {
            if (hashes[i] == hash) {
                return i;
            }
        }
        return -1;
    }

    /** No copy of text {@code i} in this epoch is earlier than this timestamp (ms). */
    public long firstSeenLowerBound(int i) {
        return Integer.toUnsignedLong(firstSeen[i]) * 1000L;
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
     * This bucket with a text appended, first seen at {@code timestamp} (ms); a bucket of {@code max} texts is full and
     * returned as it is. A sketch longer or shorter than the bucket's (written with another number of bands) is cut or
     * padded to the bucket's length.
     */
    public Bucket with(long hash, int size, byte[] sketch, long timestamp, int max) {
        int length = hashes.length == 0 ? sketch.length : sketchLength();
        if (full(max)) {
            return this;
        }
        int n = hashes.length;
        long[] h = Arrays.copyOf(hashes, n + 1);
        int[] s = Arrays.copyOf(sizes, n + 1);
        byte[] k = Arrays.copyOf(sketches, (n + 1) * length);
        int[] f = Arrays.copyOf(firstSeen, n + 1);
        h[n] = hash;
        s[n] = size;
        System.arraycopy(sketch, 0, k, n * length, Math.min(length, sketch.length));
        f[n] = seconds(timestamp);
        return new Bucket(h, s, k, f);
    }

    /**
     * This bucket with text {@code i} first seen no later than {@code timestamp} (a copy that came in late, earlier
     * than the ones before it), or itself when the bound already holds.
     */
    public Bucket withCopyAt(int i, long timestamp) {
        int seconds = seconds(timestamp);
        if (Integer.compareUnsigned(seconds, firstSeen[i]) >= 0) {
            return this;
        }
        int[] f = firstSeen.clone();
        f[i] = seconds;
        return new Bucket(hashes, sizes, sketches, f);
    }

    /** Whole seconds, rounded down, as an unsigned int (up to the year 2106; before 1970: 0). */
    private static int seconds(long timestamp) {
        return (int) Math.min(Math.max(0, timestamp) / 1000L, 0xFFFF_FFFFL);
    }
}
