package io.khabar.enrich.dedup;

/** How paragraphs are matched against earlier ones. */
public enum DedupMode {
    /** MinHash/LSH candidates over canonical tokens, verified by shingle Jaccard: catches near repeats. */
    MINHASH,
    /** Only repeats that are identical after {@link CanonicalForm}: one key per unit, the baseline. */
    EXACT
}
