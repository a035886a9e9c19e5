package io.khabar.enrich.dedup;

import java.util.Arrays;

/**
 * What dedup knows of one text unit (a paragraph or a sentence).
 *
 * @param exactHash  64-bit hash of the whole canonical token sequence: equal hashes mean an exact repeat
 * @param features   sorted distinct 16-bit hashes of the canonical unigrams and word bigrams (the verification
 *                   shingles); empty in {@link DedupMode#EXACT}
 * @param bandKeys   the LSH bucket keys, one per band (band index mixed in), or the one exact key
 * @param tokenCount number of canonical tokens
 * @param sketch     the low byte of each MinHash minimum ({@code bands × rows} bytes; empty in exact mode): two
 *                   units agree on a byte with probability about their token Jaccard, so a bucket can rule out
 *                   a text that shares only the band's own minima without reading it
 */
public record Fingerprint(long exactHash, int[] features, long[] bandKeys, int tokenCount, byte[] sketch) {

    /** This fingerprint with only its first {@code bands} band keys (itself when it has no more). */
    public Fingerprint firstBands(int bands) {
        if (bands >= bandKeys.length) {
            return this;
        }
        return new Fingerprint(exactHash, features, Arrays.copyOf(bandKeys, bands), tokenCount, sketch);
    }
}
