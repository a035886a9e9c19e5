package io.khabar.enrich.dedup;

import java.util.Arrays;

/**
 * The content of one LSH bucket (one band key, one epoch): the distinct texts that fell into it, as their exact
 * hashes and shingle counts, oldest first. The texts themselves ({@link KnownText}) are kept once per epoch,
 * whatever the number of buckets they fall into, so adding a text to a bucket writes twelve bytes, not its shingles.
 *
 * @param hashes     exact hashes of the texts
 * @param sizes      their numbers of shingles: a text whose size is too far from a unit's cannot reach the
 *                   similarity threshold, so it is not even read
 */
public record Bucket(long[] hashes, int[] sizes) {

    public static final Bucket EMPTY = new Bucket(new long[0], new int[0]);

    public int size() {
        return hashes.length;
    }

    public boolean contains(long hash) {
        for (long h : hashes) {
            if (h == hash) {
                return true;
            }
        }
        return false;
    }

    /** This bucket with a text appended; past {@code max} texts the oldest are forgotten. */
    public Bucket with(long hash, int size, int max) {
        int keep = Math.min(hashes.length, max - 1);
        int from = hashes.length - keep;
        long[] h = Arrays.copyOfRange(hashes, from, from + keep + 1);
        int[] s = Arrays.copyOfRange(sizes, from, from + keep + 1);
        h[keep] = hash;
        s[keep] = size;
        return new Bucket(h, s);
    }
}
