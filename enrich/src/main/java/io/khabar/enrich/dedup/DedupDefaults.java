package io.khabar.enrich.dedup;

/** Defaults of the dedup knobs, measured with {@link DedupEval} (see the module README / report). */
public final class DedupDefaults {

    /** Shingle Jaccard at or above which two units are a repeat. */
    public static final double THRESHOLD = 0.55;
    /**
     * LSH bands. On the labeled set ({@code dedup-eval}) 6 bands reach recall 1.0000, 5 bands 0.9995 (1.0 on the copies
     * with 15-20% of their tokens changed), 4 bands 0.9975 (0.98 on those), at the same precision 0.9992; each band
     * costs a bucket read per unit and spreads a unit over more band tasks.
     */
    public static final int BANDS = 5;
    /** MinHash rows per band. */
    public static final int ROWS = 2;
    /** Paragraphs with fewer canonical tokens are not fingerprinted. */
    public static final int MIN_TOKENS = 5;
    /** Sentences with fewer canonical tokens are not fingerprinted. */
    public static final int MIN_SENTENCE_TOKENS = 8;
    /** Band keys a sentence keeps (of {@link #BANDS}): see {@link UnitExtractor}. */
    public static final int SENTENCE_BANDS = 2;

    /**
     * Units a text remembers (the earliest and the latest others): the earlier copies a new unit names, and the later
     * ones a late unit corrects; only a unit earlier than the second of them also reads the forgotten ones ({@code dedup-band-copies}).
     */
    public static final int COPIES_PER_TEXT = 8;

    /**
     * Distinct texts per LSH bucket; a full bucket takes no more (it is still read). Over the 5,000 ANT articles
     * (60,046 units, 234,339 buckets) the largest bucket holds 449 texts, the 99.9th percentile 24: only buckets
     * keyed by common word pairs grow, and without a bound they grow with the state, so that every lookup and every
     * rewrite of them costs more as the state grows (24 bytes a text). A full bucket is no longer rewritten (before,
     * the oldest text left it for the new one, so the largest buckets were rewritten whole on every addition), and
     * it keeps the earliest texts, the ones a repeat should name. A real repeat shares several bands with its
     * original, but a small bound costs matches on templated text: with 128, 51 of the 1,500 articles of
     * CrashRecoveryIT's synthetic feed (sentences built from a few templates) link a near repeat differently, or
     * not at all, depending on arrival order, against 0 with 1,024 (over 100,000 cycled ANT articles the two
     * bounds flag 707,523 and 707,543 of 1.6 million units).
     */
    public static final int TEXTS_PER_BUCKET = 1024;

    /**
     * Sketch bytes beyond the band's own {@code rows} that a text in a bucket must share with a unit to be read and
     * verified. Of the 8 other bytes (5 bands × 2 rows), a repeat agrees on each with probability about its token
     * Jaccard J: it misses 3 with probability 0.011 at J = 0.7 (0.05 at J = 0.6); a chance neighbour in a bucket of
     * two common words (J = 0.1) reaches 3 with probability 0.04, a same-story paragraph (J = 0.3) with 0.45. With 2,
     * half of the texts read over the benchmark corpus failed verification (35.5 of 69.9 text reads per article,
     * against 10.9 of 45.1 with 3: {@code BandStoreOps}); on the labeled set recall went from 0.9995 to 0.9992 (1 of
     * the 196 copies with 15-20% of their tokens changed missed), precision stayed 0.9992.
     */
    public static final int SKETCH_EXTRA_AGREEMENT = 3;

    private DedupDefaults() {
    }
}
