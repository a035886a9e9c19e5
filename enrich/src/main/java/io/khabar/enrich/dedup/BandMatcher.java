package io.khabar.enrich.dedup;

/**
 * Decides whether two units met in a bucket are a repeat: different articles, within the memory horizon of each
 * other, similarity at or above the threshold. Shared by the band processor and the offline evaluation.
 */
public final class BandMatcher {

    private final double threshold;
    private final long horizonMs;

    public BandMatcher(double threshold, long horizonMs) {
        this.threshold = threshold;
        this.horizonMs = horizonMs;
    }

    public long horizonMs() {
        return horizonMs;
    }

    /** The similarity when {@code a} and {@code b} repeat each other, else a negative number. */
    public double match(BandEntry a, BandEntry b) {
        if (a.unit().articleId().equals(b.unit().articleId())) {
            return -1;
        }
        if (Math.abs(a.unit().timestamp() - b.unit().timestamp()) > horizonMs) {
            return -1;
        }
        double similarity = a.similarityTo(b);
        return similarity >= threshold ? similarity : -1;
    }
}
